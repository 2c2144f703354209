# ruff: noqa: E501
# fmt: off
# Fifty-first blind held-out set, English half (written after round 47 on main's system as an honest set; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain, in passing, hedged, relayed ---
("pre","Phone message - Varga",pre("Ilona Varga","406-555-0172","Quarry Hill HOA, 14 Shale Ct","Her husband was changing his oil in their garage and the car came down off the jack stands onto his chest. She and a neighbour can't get it up. Please call her back right away."),E,False,M,True),
("email","Garage door thing","Probably nothing, but the big spring over our garage door snapped while my dad was under it and the end whipped him across the head. He's sitting on the floor and keeps asking the same question over and over, and there's blood in his hair. 41 Larch Row. Should I be worried?",E,False,M,False),
("email","Pool pass for my niece","Is there a form for a summer guest pool pass? My niece is staying with us in July. Oh and sorry, unrelated, my son just told me he swallowed some of those little magnet balls from his dad's desk toy, maybe five or six, and now his tummy hurts and he threw up twice. Unit 3C.",E,False,M,False),
("email","Ice cream social, right now","At the ice cream social on the clubhouse lawn the caterer is doing the liquid nitrogen scoops. A teenage boy just drank a cup that still had nitrogen smoking in it and his stomach is swelling up and he can't catch his breath. Please send help to the lawn.",E,False,M,False),
("email","Bowling lane at the clubhouse","The pinsetter at the end lane of the clubhouse bowling alley grabbed Mr. Dunleavy's arm when he reached in to clear a pin. The machine is off but his arm is still caught in the sweep and it's bent the wrong way.",E,False,M,False),
("email","Re: Field day schedule","Sorry to hijack this. A shot put from the teen throw on the north field came down on a little girl who wandered onto the grass. She's not crying, just very sleepy and there's a dent above her ear.\n\n> 9:00 sack race\n> 10:30 teen throws, north field\n> 12:00 picnic lunch",E,False,M,False),
("frontdesk","Front desk note - gatehouse","Front desk: a rideshare car pulled away from the gatehouse with a passenger's arm still caught in the rear door. He was dragged down the entry lane and is lying in the road now, not moving much. The guard is with him.",E,False,S,False),
("email","Tree service at lot 22","The tree service grinding the old stump beside lot 22 had a chunk fly off the grinder into one of the crew's neck. He's lying on the lawn holding a rag on it and the rag is soaked through. The rest of the crew are panicking.",E,False,M,False),
("email","Hot air balloon on the common","A hot air balloon just came down on the common and the wind is dragging the basket along the grass. A man grabbed one of the ropes and got wrapped up in it, he's being pulled behind it toward the fence by the road.",E,False,M,False),
("email","Leasing office shredder","At the leasing office the shredder pulled in a little girl's necktie from her school uniform while her mom signed papers. It's tight up against her neck and the staff can't find how to reverse it.",E,False,M,False),
("email","Boat launch","At the HOA boat launch the winch strap on a trailer snapped while a man was cranking the boat up and the hook flew back into his face. His eye looks bad and he's bleeding a lot. Other boaters are with him at the ramp.",E,False,M,False),
("email","Someone shooting flares","The guy in unit 6 across the courtyard is standing on his balcony firing a flare gun at the other balconies. One landed on a deck chair next to a kid and it's burning. He's reloading.",E,False,S,False),
("email","Fountain diver","The diver cleaning the intake of the big fountain in the lake is stuck down there. His partner says his arm is sucked into the intake and the pump is still running. Where is the pump shut-off? Please hurry.",E,False,M,False),
("pre","Phone message - Ruiz",pre("Tomas Ruiz","303-555-0148","Aspen Bend HOA, new phase","Site foreman. The side of the sewer trench behind lot 58 slid in on one of his pipe layers, who is buried to the chest and says he can't get a breath. The crew is digging with shovels and hands. Asks the HOA to call him back with the gate code for the ambulance."),E,False,M,True),
# --- emergencies, leaks ---
("pre","Phone message - Float spa",pre("Wen Okafor","415-555-0186","Harbor Square mixed-use, unit 104","Owner of the float spa downstairs. One of the float tanks split its seam, about a thousand litres of salt water is going down the floor drain and out under the wall into the basement electrical room, the panels are humming. Please call back right now."),E,True,M,True),
("email","Under the vet clinic","I rent storage unit B-18. The dog rehab place next door has a hydrotherapy pool, and water is pouring through the ceiling tiles in our aisle right onto the fire alarm panel. The panel is beeping and the lights in the aisle are flickering.",E,True,M,False),
("email","Probably overreacting","Might be nothing, but the washing room at the prayer centre on the second floor has been overflowing since evening prayers and the water is coming through the light fittings of the daycare room below us. The lights are buzzing and one popped. The kids are still in there.",E,True,M,False),
("email","Parking sticker + the cafe","Do I need a new parking sticker for the second car? Also, the carbonator line under the cafe's soda fountain in the lobby has blown off and water is pouring into the elevator pit. The elevator has stopped between floors with someone in it.",E,True,M,False),
("frontdesk","Front desk note - roof tank","Front desk: the old wooden water tank on the roof of building C has burst a stave. Water is running down the top floor hall and into the electric meter room, and tenants on 6 say their outlets are sparking.",E,True,M,False),
("email","Re: Detailing van","The mobile detailer's water trailer on P2 has a split tank and it's dumping everything down the ramp to the main switchgear room. There's already water under the switchgear door and it's arcing in there.\n\n> Reminder: detailing vans may only park in visitor spaces.",E,True,M,False),
# --- urgent ---
("email","Drip from upstairs","Water is dripping from the light fixture in our hallway, slowly, one drop every few seconds. I turned that light off. The unit above is a rental and nobody answers. Can someone get in there today?",U,True,M,False),
("portal","Seepage in the garage","Since this morning water is seeping up through the expansion joint next to my parking spot in the lower garage and spreading. Not deep, maybe a puddle the size of a car door, but it's growing.",U,True,M,False),
("email","Neighbour's hose in my unit","Unit 214 at Mesa Road: the tenant next door is washing out paint buckets with a hose inside his unit and the water has run under the partition into mine. My rugs are soaked. Can someone get him to stop today?",U,True,M,False),
("email","Front door won't lock","Our front door's deadbolt broke off in the latch this afternoon. Nothing was taken, but the door won't lock at all and I work nights. Can a locksmith come today?",U,False,A,False),
("email","Keypad after the power blip","The keypad at the pedestrian gate on the Willow side has rejected my code since the power blip this morning, and the car gate is chained shut for the paving crew. I'm standing outside with a toddler asleep in the stroller. Could someone open it remotely?",U,False,A,False),
("email","Lockout tomorrow?","I got a notice that my storage unit will be overlocked tomorrow for late rent. I paid this morning online, receipt attached. Please make sure the overlock doesn't go on, I need access tomorrow for a move.",U,False,B,False),
("email","Garage remote stolen","Someone went through the unlocked cars in the garage overnight. My glovebox was emptied and my neighbour's garage remote is gone, so whoever has it can open the door. Can the remote be deactivated and the footage pulled today?",U,False,S,False),
("email","Flood lights out on the path","All the flood lights along the path from the back lot to building D are out tonight, it's pitch dark and there's ice. Could someone get them back on today?",U,False,M,False),
("email","Burning debris","A contractor is burning construction debris in a barrel behind lot 40 right now. Black smoke is blowing into the townhouses and people have windows open.",U,False,V,False),
("portal","Car key in the mail","The dealer shipped the replacement key for my only car to the office and it says delivered. I have to drive my wife to surgery at 6am tomorrow and the office opens at 9. Could someone leave it with the night guard?",U,False,P,False),
# --- normal ---
("email","Water bill jump","Our water bill jumped from $60 to $140 this quarter. A plumber checked and found nothing. Is our meter shared with the unit next door by any chance?",N,False,B,False),
("email","Yellow ring over the bed","Last spring the condo above ours had a washing machine overflow. They fixed it, but the ceiling over our bed still has a yellow ring the size of a dinner plate. Does the association's insurance cover repainting, or do I go after the owner?",N,True,M,False),
("email","Tide line under the window","Since the storm on Sunday there's a faint tide line on the drywall below the living room window. It's dry to the touch, no smell. Could somebody check the caulking around that window this month?",N,True,M,False),
("email","Leak stopped, cabinet warped","The kitchen sink leak stopped after I tightened the nut, but the bottom of the cabinet has swelled and is soft. Can maintenance take a look next week?",N,True,M,False),
("email","Fire pit reservation","Can we book the fire pit area by the lake for Saturday evening, about 15 people? Do we need to bring our own wood?",N,False,AM,False),
("email","Side fence swap","We'd like to swap our chain-link side fence for a five-foot horizontal cedar slat fence. Is there an approved style list, or do we send a drawing to the committee?",N,False,AR,False),
("email","Solar on the garage roof","We're getting quotes for solar panels on our detached garage. Do the panels need ARC approval if they can't be seen from the street?",N,False,AR,False),
("email","Dog off leash again","The large dog from 18 Birch keeps running loose on the trail every morning. Nobody has been hurt but kids walk there. Please remind the owner of the leash rule.",N,False,V,False),
("email","Noise from the gym","The gym above our unit has people dropping weights at 5 am. It's been weeks. Is there a rule about hours?",N,False,C,False),
("email","Rude staff","I want to complain about how the weekend office attendant spoke to my mother when she asked about her parking pass. She was made to feel stupid.",N,False,C,False),
("email","Truck parking on the 14th","Our movers arrive the 14th at 8am with a 26-foot truck. Is there somewhere it can sit for four hours, and who gets the certificate of insurance?",N,False,MV,False),
("email","Where did my order go","Tracking says my order was left at the front desk on Tuesday, but your desk log doesn't show it, and the courier's photo shows a blue door that isn't ours. Can you help figure out where it went?",N,False,P,False),
("email","Gate code for guests","What's the process for giving a one-time gate code to a cleaner who comes every other Friday?",N,False,A,False),
("email","Budget question","Where can I find last year's reserve study? I'd like to read it before the budget meeting.",N,False,G,False),
("email","Re: Work order 8812","Plumber here. The shut-off valve for 3A is behind a locked panel in the hall closet. Can you confirm with the owner that we can open it Thursday morning?",N,False,W,False),
("email","Tennis court lights","The timer on the tennis court lights switches them off at 8, before most people get home. Could it be moved to 10?",N,False,AM,False),
("email","Strange car","There's been a van with no plates parked by the dumpsters for three days. Nobody seems to use it. Could security check on it?",N,False,S,False),
("email","Autopay","I want to switch my rent to autopay. Is there a form, and will it start this month?",N,False,B,False),
("email","Dishwasher in the rental","The dishwasher in our rental leaves a gritty film on everything and two rack wheels have come off. Nothing is leaking. Could the owner's handyman look at it sometime?",N,False,M,False),
("portal","Walk-through on a weekend","We're out of 4B at the end of the month. Can the walk-through happen on a weekend? We both work weekdays and want to be there for it.",N,False,MV,False),
# --- low ---
("email","Marco","Marco came by for the drip under the bathroom sink and had it sorted in twenty minutes. It has stayed dry all week, so go ahead and close it out. Much appreciated.",L,True,G,False),
("email","WO 8790","Vendor note for WO 8790: replaced the corroded outdoor spigot on the east wall of building 2 that was weeping, pressure tested, all good. Closing on our side.",L,True,W,False),
("email","Work order 8801 closed","Gutter cleaning at buildings 4 to 6 is finished. Invoice to follow through the usual portal.",L,False,W,False),
("email","Automatic reply: Re: ticket 44127","Thank you for your message. This mailbox is read Monday to Friday, 8 to 5, and your reference number is 44127. If this is an emergency, please call 911 or the after-hours line.",L,False,NH,False),
("email","URGENT: grant approval","URGENT NOTICE: your HOA account is eligible for a roof replacement grant. Reply with your bank details within 24 hours to secure the funds. This is not a scam.",L,False,NH,False),
("email","Harbor Square newsletter - March","In this issue: the spring clean-up date, the new pool hours, a reminder about the fire pit rules, and photos from the chili cook-off.",L,False,G,False),
("email","Thank you","Thank you for organising the holiday lights walk. My kids loved it.",L,False,G,False),
("email","Heads up","Heads up that we'll be at our daughter's in Denver until the 20th. Thermostat is at 55 and the water is shut off at the main. Nothing needed from you.",L,False,G,False),
("email","Complaint resolved","The barking issue I wrote about last month has stopped. Thanks for speaking with them, no more action needed.",L,False,G,False),
("email","Parcel picked up","I got the package from the office this morning, thanks for holding it.",L,False,P,False),
]
