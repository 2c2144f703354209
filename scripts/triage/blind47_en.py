# ruff: noqa: E501
# fmt: off
# Forty-seventh blind held-out set, English half (written in session 26 as the third honest set beside blind45 and blind46; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Okafor",pre("Chidi Okafor","612-555-0148","Birchwood Ridge HOA, lot 7","Relayed by Marisol at the front desk: his neighbor was using the log splitter the HOA lends out for the firewood day and his hand got caught under the wedge. Two fingers are crushed and he is bleeding a lot and going pale. Please call back now."),E,False,M,True),
("email","Fall festival","At the HOA fall festival the rented mechanical bull threw a dad off sideways and past the padding. He landed on his neck on the asphalt, he says he can't feel his hands, and the operator is gone to get his truck.",E,False,M,False),
("email","Dunk tank","The dunk tank at the block party: the seat hinge broke and the volunteer dropped in sideways and got wedged under the seat plate. His head keeps going under the water and we can't pull him out.",E,False,M,False),
("email","Attic hatch","The pull-down ladder to the attic in our townhouse folded up on my husband halfway down. He fell about nine feet onto the landing, his leg is bent the wrong way and he hit his head on the banister.",E,False,M,False),
("email","Garage level 2","A man was jump-starting his car on level 2 of the garage and the dead battery burst. Acid sprayed into his face and he is screaming that he can't see. Someone is pouring bottled water on him.",E,False,M,False),
("email","Sledding on the berm","Hi, I know the sledding thing isn't really the HOA's, but a boy just slid off the bottom of the berm behind building F, through the gap in the fence and under a parked delivery van on Larch Lane. He's lying half under it and not moving.",E,False,M,False),
("email","Birthday party pavilion","The piñata at the birthday party in the pavilion was hung from the beam with a rope, and the beam's bracket pulled out. The whole crossbar came down on a little girl's head. She is bleeding from the scalp and very sleepy.",E,False,M,False),
("email","Creek path","Some teens tied a rope swing to the big sycamore over the creek by the walking path and the branch broke with a kid on it. He landed on the rocks on the bank and is moaning that he can't move his arm or his neck.",E,False,M,False),
("email","Parking lot go-karts","Two kids are racing a gas go-kart around the visitor lot and it just went under the rear bumper of a pickup. The boy driving it is stuck under the bumper and there is gas leaking onto the pavement.",E,False,M,False),
("email","Re: Picnic Saturday","Thanks for reserving the picnic area. One thing right now though: two of the guests got into a fight over the horseshoe game and one threw a horseshoe at the other's head. He's down on the grass with a big gash and the other guy is still swinging at people.\n\n> On Thu, the office wrote:\n> Your reservation for the east picnic area on Saturday 11-4 is confirmed.",E,False,S,False),
("email","Four-wheeler on the trail","A four-wheeler flipped on the steep part of the nature trail behind the retention pond. The rider is under it and pinned, the engine is still running, and his friend ran here to the clubhouse for help.",E,False,M,False),
("portal","Golf balls on the green","A man in lot 31 has been hitting golf balls at the houses across the common on purpose, yelling at people. One just hit a woman walking her dog in the temple and she is down and confused. He's still out there with the club.",E,False,S,False),
("frontdesk","Front desk note - batting cage","Front desk: the pitching machine in the rec center's batting cage fired while a boy was in front of it collecting balls. It hit him in the throat and he is gasping and turning blue. His dad is with him.",E,False,M,False),
("email","Unit 118 at the storage place","The pallet jack one of the other renters borrowed from your office rolled backward down the loading ramp while he was moving a gun safe. It ran over an older man's foot and the safe tipped onto his leg. He's stuck under it.",E,False,M,False),
# leaks
("email","Bubble tea shop","The bubble tea shop on the ground floor of our building left its water line burst overnight. Water is flowing out under its back door into the stairwell and down onto the garage's sump pump panel, which is crackling and sparking.",E,True,M,False),
("email","Studio 3 darkroom","The photographer renting studio 3 left his darkroom print washer running and its hose came off. Water is pouring down through our ceiling into the bedroom and over my husband's CPAP and the outlet strip, and the outlet is smoking.",E,True,M,False),
("email","Dental office next door","The dental clinic in our mixed-use building must have had its water line burst. Water is gushing out of their ceiling vent into the lobby and running into the elevator pit. The elevator stopped with a delivery man inside.",E,True,M,False),
("pre","Phone message - Lindqvist",pre("Annika Lindqvist","763-555-0120","Lakeview Commons HOA","Taken by the answering service: the hose used to flood the outdoor skating rink was left running all night. Water has run down into the clubhouse basement and is over the outlets by the furnace, which is making a popping sound. Please call back right away."),E,True,M,True),
("email","Coin laundry below us","The laundromat under our apartment had the main supply to its machines burst. Water is spraying up the back wall and into our unit's floor where the baseboard heaters are plugged in. There's a hissing from the heater and a hot plastic smell.",E,True,M,False),
("email","Home brewing","My neighbor in 4B home-brews and his wort chiller hose blew off in the closet. Hot water is flooding down through our ceiling onto my elderly father's bed and oxygen concentrator. He's on oxygen and we can't move him by ourselves.",E,True,M,False),
# --- urgent ---
("email","Storage gate code","The gate code at Cedar Point Storage stopped working this morning and my movers are sitting outside with a truck billed by the hour. Can someone reset it now?",U,False,A,False),
("email","Rent pulled twice","Two identical rent debits of $1,615 hit my checking at 2 a.m. and the bank now shows minus $900, with overdraft fees piling up by the hour. Please reverse the duplicate before close of business.",U,False,B,False),
("pre","Phone message - Baptiste",pre("Joel Baptiste","413-555-0171","Harbor Flats, unit 14","Taken by the office assistant: he moves into unit 14 this afternoon and nobody has told him where to pick up the keys. His truck arrives at 3. Please call him back today."),U,False,MV,True),
("portal","Refrigerated package","A cold-pack box with my son's allergy medication was delivered to the package room yesterday and the room is locked all weekend. It has to be refrigerated. Can anyone open it today?",U,False,P,False),
("email","Concrete washout","A contractor at lot 12 is rinsing his concrete mixer into the storm drain on Fern Court right now. The gutter is gray. Can someone come stop it before it reaches the pond?",U,False,V,False),
("email","Pool party in two hours","We booked the pool cabana for 2 pm today and paid the deposit, but the pool gate has a padlock and a 'closed' sign on it. Guests are coming. Can someone open it?",U,False,AM,False),
("frontdesk","Front desk note - lobby door","Front desk: a resident reports the lobby door of building B stopped latching sometime today. Anyone can walk in and there were two strangers in the mail area earlier. Can it be fixed before tonight?",U,False,A,False),
("email","Plumber no-show","Work order 55218 said the plumber would come this morning to fix our leaking main valve. Nobody came, the water is shut off, and we have a newborn. Can you find out when he's coming today?",U,True,W,False),
("email","Ceiling after the rain","The brown spot on our bedroom ceiling grew a lot in last night's storm and dripped into a bucket for a few hours. It stopped when the rain did this morning, but more rain is forecast tomorrow. Can someone look at the roof today?",U,True,M,False),
("email","Under the washer","The washer's drain hose popped off and soaked the laundry closet. I've turned off the valve and mopped up, but the floor under the machine is squishy. Can someone check it today before I use it again?",U,True,M,False),
# --- normal ---
("email","Bathroom fan","The bathroom exhaust fan in our rental rattles loudly and barely pulls air anymore. Can maintenance replace it sometime this week?",N,False,M,False),
("email","Toilet base","There's a small puddle that keeps coming back around the base of our toilet. It's not much, maybe a cup a day. Could someone reseal it when convenient?",N,True,M,False),
("email","Old stain","Moving boxes out of the linen closet, we spotted a faded yellow ring up in the corner of its ceiling. Dry to the touch, same as in our move-in photos from spring. Worth a look whenever you're nearby.",N,True,M,False),
("email","Dishwasher puddle","After every dishwasher cycle there's a thin film of water on the floor by the kickplate. It dries in an hour. Could someone check the door seal this week?",N,True,M,False),
("email","Log splitter for the firewood day","Does the HOA still lend out the log splitter for the firewood day? We'd like to sign it out for the Saturday after next.",N,False,AM,False),
("email","Storage late fee","I was charged a $25 late fee on my storage unit but my card on file expired and nobody emailed me. Can the fee be removed if I update the card now?",N,False,B,False),
("email","HOA statement","My quarterly HOA statement shows a special assessment I don't remember being voted on. Could you send the meeting minutes where it was approved?",N,False,B,False),
("portal","Guest parking pass","My in-laws are driving up from Tucson with their camper van for the holidays. Can a van that size park in visitor spaces, and what do I fill out for a temporary hang tag?",N,False,A,False),
("email","Barking next door","Since the couple in 9C went back to office work, their husky howls from eight to five, off and on. I work nights and sleep days. I slid a polite note under their door; could management add a word?",N,False,C,False),
("email","Cigarette butts","Someone on the third floor keeps flicking cigarette butts off their balcony onto our patio. It's been going on for weeks.",N,False,C,False),
("email","Boat in the driveway","A pontoon on a trailer has been parked half on the sidewalk at lot 44 since Labor Day, blocking the stroller path. Doesn't the trailer rule apply to them?",N,False,V,False),
("email","Holiday inflatables","A neighbor has had a huge inflatable snowman and a light-up sleigh on the lawn since October. Is there a time limit for holiday decorations?",N,False,V,False),
("email","Fence stain color","The cedar fence along our back line is graying. We picked a semi-transparent stain called Kona Brown; is that one of the shades the covenant allows, or do I send a sample chip first?",N,False,AR,False),
("email","Solar panels application","Our installer wants to put eighteen panels on the rear slope facing the greenbelt. Do we submit his drawings and a roof plan to the design review panel, and how long does review take?",N,False,AR,False),
("email","Bunk beds and the move-in","We're moving into the three-bedroom on the 20th and bringing bunk beds. Is there a size limit for the elevator, and do I need to book a move-in slot?",N,False,MV,False),
("frontdesk","Front desk note - package","Front desk: a resident says tracking shows her package was delivered to the building on Tuesday, but it isn't in the package room or her locker. Can someone check the courier's photo?",N,False,P,False),
("email","Away for the holidays","FYI only: the Novaks in 17 are off to see grandkids in Manila over Christmas and New Year. Our nephew Teo has their spare key for the cat and the plants, so if a young man is seen letting himself in, that's why.",L,False,G,False),
("email","Annual meeting","My wife and I will be in Portugal most of March. If the owners' meeting lands then, does the board accept a signed proxy by scan, or must the original be mailed?",N,False,G,False),
("email","Re: Work order 55102","The handyman fixed the closet door, thanks, but the bathroom towel bar on the same order is still loose. Can the order stay open?\n\n> On Mon, the office wrote:\n> Work order 55102 has been marked complete.",N,False,W,False),
("portal","Status of my request","I put in a request three weeks ago about the shower head that drips all night. Is there any update on when it'll be scheduled?",N,True,W,False),
# --- low ---
("email","Automatic reply: Rent question","Auto-response: Thank you for your note regarding the rent ledger. I'm at a training seminar through the 14th and will reply when back; Priya in accounts can help meanwhile.",L,False,NH,False),
("email","Your statement is ready","This is an automated message. Your December statement is now available in the owner portal. Please do not reply to this email.",L,False,NH,False),
("email","Spring landscaping newsletter","Subscribe to our spring newsletter for tips on mulch, pruning and lawn care. Unsubscribe at any time.",L,False,NH,False),
("email","Thanks","Just wanted to say the new lobby paint looks great. Thanks to whoever picked the color.",L,False,G,False),
("email","Lost and found","I think I left a blue water bottle at the clubhouse gym last week. No rush, just if someone finds it.",L,False,G,False),
("email","Pickleball idea","Would the board ever consider lining one tennis court for pickleball? Just a suggestion for next year's budget.",L,False,AM,False),
("email","Mailbox paint","Some day it would be nice if the mailbox cluster on Aspen Way got repainted. It's peeling a bit. Not urgent.",L,False,AR,False),
("email","Wind chimes","Minor thing, but the wind chimes two doors down are pretty loud at night. Maybe a general reminder in the newsletter?",L,False,C,False),
("email","Garden spigot","The outdoor spigot by our patio drips a little when it's turned off. We don't use it in winter anyway, so whenever someone is around.",N,True,M,False),
("email","Thank you for the quick fix","The electrician came yesterday and the hallway light works fine now. Thanks, you can close the ticket.",L,False,W,False),
]
