# ruff: noqa: E501
# fmt: off
# Fifteenth blind held-out set, English half (written in round 15 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain, understated or apologetic ---
("email","Hallway light","Sorry to bother you on a Sunday. The hallway light fixture has water coming out around the base, dripping steadily onto the carpet, and the bulb keeps flickering. It's probably nothing serious but it hasn't let up in twenty minutes.",E,True,M,False),
("pre","Phone message - Delgado",pre("Rosa Delgado","512-555-0173","Cedar Hollow Apts 3B","Brown water that smells like a sewer is coming up out of her tub drain and is now over the bathroom floor. She wasn't sure it counts as urgent. Wants a call back."),E,True,M,True),
("email","Might be nothing","I think I smell gas in the stairwell between the 2nd and 3rd floors of building F. Might be nothing, but my neighbor noticed it too and it seems stronger near the meter closet.",E,False,M,False),
("portal","Smoke in aisle C","Unit 318, Keepsafe Storage: grey smoke is drifting out from under one of the roll-up doors in aisle C and it smells like burning plastic. Nobody seems to be around.",E,False,M,False),
("email","Garage panel crackling","Not sure if this is urgent but the breaker panel in our garage is crackling and I saw sparks when I opened the cover. I've kept the kids in the house.",E,False,M,False),
("frontdesk","Concierge: service lift","Concierge note: a delivery driver is shut inside the service lift at Tower 2, it halted between 11 and 12. He's calm and no one is hurt yet, he keeps pressing the alarm button.",E,False,M,False),
("pre","Phone message - Whitaker",pre("Janet Whitaker","720-555-0126","Maple Court #12","Her dad, 84, slipped on the wet lobby tiles where the roof drain drips and can't get back up, he says his hip hurts. She is 40 minutes away. Please call her."),E,True,M,True),
("email","Sorry if I'm overreacting","Sorry if this is overreacting. Two guys are going down the row of storage cages in the P2 garage with bolt cutters right now, snapping the padlocks. I'm watching from my car.",E,False,S,False),
("email","Pine on my hood","Wind took down the pine near visitor parking; it's resting across my hood and windshield, and some branches are tangled in the overhead wire.",E,False,M,False),
("email","Radiator cold","Our radiator has been cold since last night, it's 9 degrees out and 55 in the living room. We have a six-week-old. I know you're busy, just letting you know.",E,False,M,False),
("portal","Ceiling bubble","The ceiling over the laundry nook is sagging like a balloon and water is running from the middle of it onto the dryer. The bubble looks bigger than ten minutes ago.",E,True,M,False),
("email","Toilet won't quit","Our toilet keeps filling and spilling over the rim, even with the lid down; water has reached under the bathroom door into the hall. I turned the little valve behind it but nothing changed.",E,True,M,False),
("email","Alarm twice, headaches","The carbon monoxide alarm went off twice this evening and both of us have pounding headaches. It's probably the alarm acting up but I thought I should say something.",E,False,M,False),
("frontdesk","Gatehouse: electrical room","Gate guard reports a strong burning smell and a thin line of smoke coming from the electrical room under building B, the door is locked. He has called the fire department.",E,False,M,False),
("email","Basement wall","Water is pushing in through the foundation wall of our basement, about two inches deep now and creeping toward the furnace. The rain stopped an hour ago but it is still coming in.",E,True,M,False),
("email","Kicking at 4C","Someone is kicking at the door of 4C across the hall and the owners are away on a cruise. It's happening right now, I'm staying inside with the chain on.",E,False,S,False),
("pre","Phone message - Huang",pre("Kevin Huang","626-555-0190","88 Orchard Lane","A pipe under the kitchen sink let go and water is spraying all over the cabinets, he can't find the shutoff. Apologized for bothering us. Call back as soon as possible."),E,True,M,True),
("email","Walkway railing","The railing on the 6th-floor walkway came away from its posts and is leaning out over the entrance below, where people are coming and going. It moves every time the wind picks up.",E,False,M,False),
("email","My son in the elevator","My son (9) just called me from inside the north elevator at Birchwood, it stopped and the doors won't open. He's trying to be brave. I'm at work across town.",E,False,M,False),
("portal","Drain in my unit","Storage unit 42 at Cityline: sewage water is coming out of the floor drain at the back and spreading under my boxes. The smell is terrible.",E,True,M,False),
("email","Plug melted","Quick one - the outlet behind the TV is brown around the holes, the plug on the lamp cord has melted onto it and it smells hot. No flames. Is that something to worry about?",E,False,M,False),
# --- urgent ---
("email","Keys inside","Locked myself out of 7D, keys are on the counter, I'm in the corridor with my toddler and a bag of groceries.",U,False,A,False),
("pre","Phone message - Brooks",pre("Tamara Brooks","503-555-0144","Riverbend HOA","The exit gate arm won't lift and she's stuck in the exit lane with cars behind her. Please call her back."),U,False,A,True),
("email","No hot water","No hot water at all since this morning in 2F, the heater's light is on but the taps run cold. Three kids to bathe tonight.",U,False,M,False),
("email","Auction tomorrow","My unit 77 is on the auction list for tomorrow 10 am but I paid the balance in full yesterday afternoon. Please take it off the list today.",U,False,B,False),
("portal","Front door won't lock","The deadbolt on building 5's lobby door is snapped; the door just blows open and there is no way to lock it.",U,False,A,False),
("email","Tow at 3 pm","A tow notice on my windshield says my car will be removed at 3 pm today. I have a valid permit hanging from the mirror.",U,False,A,False),
("email","AC dead in the heat","Our AC quit overnight. It's 109 outside today and already 90 in the bedroom; my mother is 79.",U,False,M,False),
("email","Shut it off, now what","Turning the little valve stopped the bathroom sink leak, but the vanity bottom is soaked and puffing up. Is today possible for someone to take a look?",U,True,M,False),
# --- normal, many alarming-sounding or water that is no leak ---
("email","Fire pit won't light","The fire pit on the clubhouse terrace won't light anymore, the igniter clicks but nothing catches.",N,False,AM,False),
("email","Water bill","Our water bill jumped from $48 to $131 and we were away half the month. Could the meter reading be wrong?",N,False,B,False),
("portal","Flood lights out","Three nights running the flood lights behind the rear lot haven't come on; walking out to the cars feels sketchy.",N,False,M,False),
("email","Dying to know","Dying to know when the resurfaced pool will be open again, my two are counting the days.",N,False,AM,False),
("email","Small drip, bowl under it","There's a small drip from the trap under the bathroom sink, I have a bowl under it and closed the valve for now. Whenever someone can come this week is fine.",N,True,M,False),
("email","Old stain","Last winter's leak was repaired, but a brownish dry ring is still on the bedroom ceiling. Any chance your painter could cover it sometime?",N,True,M,False),
("email","Smoke from the balcony below","Cigarette smoke from the patio under ours comes up into our kids' room most evenings around ten.",N,False,C,False),
("email","Barking","Every weekday the husky in 210 howls from about nine until the owners get home around six.",N,False,C,False),
("email","Boat in driveway","Number 31 has kept a fishing boat on its trailer in the driveway since early last month - isn't that against the rules?",N,False,V,False),
("email","Solar panels","We're thinking about adding rooftop solar on the rear slope. Which forms and drawings does the design review board want?",N,False,AR,False),
("portal","Parcel locker empty","The locker app said my package was delivered to locker 14 but when I opened it, it was empty.",N,False,P,False),
("email","Moving out","We're moving out on the 30th. How do we book the move-out walk-through and the freight elevator?",N,False,MV,False),
("email","Alarm test","Is the fire alarm test still happening Tuesday? I work nights and would like to know roughly when it will go off.",N,False,G,False),
("email","Chirping detector","Something on the hallway ceiling beeps every sixty seconds, I'm guessing the detector wants a new battery but it's too high for me.",N,False,M,False),
("email","Disposal hums","Not an emergency, but the garbage disposal just hums and doesn't spin.",N,False,M,False),
("email","WO 8812 - unit 5 valve","WO 8812: replaced the leaking angle stop under the kitchen sink at unit 5. The drywall behind it needs patching; please confirm access with the owner for Thursday.",N,True,W,False),
("email","Car window smashed","Someone smashed my car window in the garage overnight and took a backpack. I've filed a police report. Can I get the camera footage from level 2?",N,False,S,False),
("email","Lift stuck yesterday","The elevator in building A got stuck for about ten minutes yesterday evening, everyone got out fine once it moved again. Can someone have it checked?",N,False,M,False),
("email","Treadmill","The second treadmill in the gym stops after a minute and shows an error.",N,False,AM,False),
("email","Crack in the drywall","There's a thin crack above my closet door. It's been the same for months, just wanted it on record before the inspection.",N,False,M,False),
("email","Fob for my caregiver","Can I get a second fob for my caregiver? She comes three mornings a week.",N,False,A,False),
("email","Short-term renters","I'm pretty sure 12B is being rented out nightly, there's a new group with suitcases every couple of days.",N,False,V,False),
("email","Weak shower","The shower pressure in our unit has been weak for about a week, the other taps are fine.",N,False,M,False),
("email","Sprinkler timer","The irrigation heads along building D fire off at midday and drench the path to the mailboxes. Could they run before dawn instead?",N,False,M,False),
("email","Late fee","A $35 late charge showed up on my ledger even though the bank shows autopay cleared on the first. Please take it off.",N,False,B,False),
("email","Smoke alarm and toast","Burnt some toast and the smoke alarm went off, all fine now. Is there a way to stop the hallway one going off so easily?",N,False,M,False),
("email","Noise after midnight","The unit above has loud music past midnight on weeknights. I've asked them twice.",N,False,C,False),
# --- low ---
("email","Thank you!","Big thanks to the plumber you sent last Tuesday, the bedroom ceiling has stayed dry since and the patch blends right in.",L,True,G,False),
("email","Automatic reply: Out of office","Thanks for your email. I'm travelling this week and checking messages only occasionally; I'll answer when I'm back on the 14th.",L,False,NH,False),
("email","Spring gutter special!!","Spring special: gutter guards 30% off for HOA communities this month only. Reply STOP to opt out.",L,False,NH,False),
("email","Gate fixed","The back gate is working again, thanks.",L,False,G,False),
("email","Happy holidays","Warm wishes for the season to the whole office team, and thanks for a good year.",L,False,G,False),
("email","Job complete - bulbs","Job complete: replaced the stairwell bulbs in building 3. No further action needed.",L,False,W,False),
("email","FYI away","Heads up only: I'm gone for two weeks starting Friday and my sister will grab the mail. Nothing needed.",L,False,G,False),
]
