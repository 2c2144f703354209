# ruff: noqa: E501
# fmt: off
# Forty-second blind held-out set, English half (written in round 41 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Re: Deck staining next week","The crew from Monday left their stain rags balled up in a bucket on our back deck. The bucket is smoldering and there are little flames now licking the deck boards and the railing.\n\n> On Fri, the board wrote:\n> Deck staining for the Alder Court townhomes begins Monday. Please clear your decks.",E,False,M,False),
("email","Re: Irrigation shut-down","The backflow preventer by our foundation just split open. Water is gushing out of it against the wall and pouring through the basement window well into the storage room, and the irrigation guy already left for the day.\n\n> On Tue, the office wrote:\n> Crews will winterize the irrigation system this week.",E,True,M,False),
("pre","Phone message - Ferreira",pre("Tiago Ferreira","303-555-0147","Bramble Ridge HOA, Hollis Lane","The wind picked up the trampoline in the yard at 22 Hollis and threw it into the power lines. A line is down across the street, sparking on the asphalt, and cars are still driving around it. Call him back right away."),E,False,M,True),
("email","Pool pass renewal","I wanted to ask about renewing our pool passes for next summer but right now somebody is firing a gun in the parking lot behind building 2. We heard five shots and we're on the floor of the bedroom.",E,False,S,False),
("email","Community garden","The compost bins in the community garden are on fire. The flames have jumped to the wooden tool shed and there are gas cans for the tiller inside it.",E,False,M,False),
("frontdesk","Front desk note - plow pile","Front desk: kids dug a snow fort into the big plow pile at the end of lot B and it caved in. One boy is under it, only his boots are showing, and the parents are digging with their hands.",E,False,M,False),
("email","The old dumbwaiter","My nephew climbed into the old dumbwaiter in the hallway of our building and it dropped. He's stuck between the second and third floors, we can hear him crying and it won't move up or down.",E,False,M,False),
("email","Ironing board in 4B","Probably I'm overreacting, but I left the iron face-down on the board and went to answer the door. The board cover has a flame on it now and the curtain beside it has caught. I'm standing in the hallway.",E,False,M,False),
("email","Behind our townhouse","The heat pump unit behind our townhouse is on fire. Flames are coming out of the top fan and the vinyl siding above it is melting and dripping.",E,False,M,False),
("email","Cabin 4 rent and the stove","Could you tell me if the December rent for cabin 4 went through? Also the stovepipe from the wood stove is glowing red right now and the ceiling boards around it are smoking.",E,False,M,False),
("email","Furnace room","The humidifier on our furnace is spraying water all over the front of the furnace. The furnace is still running, there are sparks at the control board and water is spreading across the utility room floor.",E,True,M,False),
("pre","Phone message - Nakamura",pre("Ken Nakamura","971-555-0122","14 Aspen Way (rental)","His son was refueling the portable generator in the driveway and it caught fire. The spilled gas is burning right up against the garage door and they can't get close. Please call him back immediately."),E,False,M,True),
("email","Trash enclosure","There's a black bear inside the trash enclosure by the tennis courts and Mrs. Okoye is stuck in the corner behind the dumpster. The bear is between her and the gate.",E,False,S,False),
("email","Janitor closet on 2","The faucet on the mop sink in the janitor closet on the second floor snapped off. Water is shooting out of the wall, under the door, and across the hallway toward the electrical room.",E,True,M,False),
("portal","Pool deck pavers","Water is boiling up between the pavers by the pool's autofill and running down into the pool equipment room where the panels and pumps are. It's getting deeper fast.",E,True,M,False),
("email","Building 3","A tornado just went through. The roof is gone on the end units of building 3 and the family in 3F is in the basement. The stairs down are blocked by debris and they're calling up to us.",E,False,M,False),
("email","Entrance island","The tree crew's chainsaw kicked back and cut one of the workers in the thigh at the entrance island. He's bleeding a lot through the towel his friend is holding on it.",E,False,M,False),
("email","Game room","My daughter reached inside the claw machine in the clubhouse game room and her arm is stuck past the elbow. Her hand is turning purple and we can't open the glass.",E,False,M,False),
("frontdesk","Front desk note - elevator lobby","Front desk: Mr. Abara's power wheelchair is smoking from under the seat in the elevator lobby. He can't get out of it by himself and the smoke is getting thicker.",E,False,M,False),
("email","Parking lot C","Two men are fighting in lot C right now. One has a tire iron and just hit the other across the head. He's on the ground and not moving much.",E,False,S,False),
# --- urgent ---
("email","Heat pump dead","Our heat pump stopped overnight and it's 14 degrees out. It's just my husband and me and we have sweaters on, but can someone come out today?",U,False,M,False),
("email","Backflow preventer","The backflow preventer by unit 8 cracked last night. The irrigation man shut the valve so nothing is running now, but he says it has to be replaced today before tonight's freeze.",U,True,M,False),
("email","Stovepipe cracked","The chimney sweep found a crack in our stovepipe and told us not to light the stove. It's our only heat and it's supposed to be 20 tonight. Can someone replace it today?",U,False,M,False),
("portal","Stuck inside the lot","My code works at the keypad but the exit arm at Keystone stays down, and I'm parked inside with a rental van that's due back at 5 o'clock. Nobody's in the office.",U,False,A,False),
("pre","Phone message - Lindgren",pre("Sofie Lindgren","651-555-0138","Maple Court Apartments, space 41","She looked out and a wrecker is backing up to her Subaru in space 41, which is hers, with the hang tag showing. She wants someone to stop it. Please call her back."),U,False,A,True),
("email","Unit 233 auction","I just saw the notice that unit 233 goes to auction tomorrow morning. I want to pay everything today but the portal keeps declining my card.",U,False,B,False),
# relabelled in round 41 after the first run, security -> access: round 20's convention (a broken entry door that will not latch is access)
("email","Front door after last night","The movers clipped the lobby door this morning and bent the latch, so it won't lock and anyone can walk in. Can it be fixed today?",U,False,A,False),
("email","Insulin in the parcel room","My insulin was delivered to the parcel room and it's locked until tomorrow. I need it tonight.",U,False,P,False),
("email","Movers at 2","Our movers arrive at 2 today and the freight elevator isn't keyed for us. The reservation was confirmed last week.",U,False,MV,False),
("email","Ceiling after the leak","5C's plumber capped the pipe at midnight, so nothing is dripping now, but our kitchen drywall is sagging and damp and he wants it cut open this afternoon before it drops.",U,True,M,False),
# --- normal ---
("email","Stain rags","The painter we hired asks where he should put oily stain rags at the end of the day. Is the dumpster all right or is there a special container?",N,False,G,False),
("email","Compost for the garden","Could the association put two compost bins in the community garden next spring? Several of us would use them.",N,False,AM,False),
("email","Trampoline in the front yard","The house at 9 Hollis has had a trampoline in the front yard since summer. I thought play equipment had to be in the back yard.",N,False,V,False),
("email","Heat pump install","We'd like to put a heat pump unit on the side of our townhouse, behind the fence. What do you need from us for approval?",N,False,AR,False),
("email","Standby generator","Do we need the architectural committee's approval for a standby generator on a concrete pad beside the garage?",N,False,AR,False),
("email","Backflow test charge","The annual backflow test fee shows up twice on my statement this month. Could you take one off?",N,False,B,False),
("email","Drip under the furnace","The humidifier on our furnace drips into the pan under it, slowly. The pan isn't close to full. Can someone look at it next week?",N,True,M,False),
("email","Office ceiling tile","There's a brown ring on a ceiling tile in the storage office. It's dry and looks old, but it should probably be replaced.",N,True,M,False),
("email","Trash and the bears","The people at 14 keep putting their trash out the night before pickup and a bear tore it all over the street again. Isn't that against the rules?",N,False,V,False),
("email","Popping last night","Around midnight we heard popping that sounded like shots. It was fireworks from the next street over. Could you remind people they aren't allowed?",N,False,C,False),
("email","Car window","Overnight somebody broke the back glass of my hatchback on garage level 2 and grabbed a gym bag. Who do I ask for the recording?",N,False,S,False),
("email","Package marked delivered","Tracking says the courier left my box on Thursday, yet there's nothing with my name on the parcel shelves or outside 4D.",N,False,P,False),
("email","Notice to vacate","Please take this as 30 days' notice: we're leaving unit 12 on January 15. When can the walk-through be booked?",N,False,MV,False),
("email","Fob for our nanny","Our new nanny needs her own key fob to get through the side entrance. How do we order one and what does it cost?",N,False,A,False),
("email","WO 4410 - shutoff valve","We need access to 3C on Thursday between 9 and 11 to replace the shutoff valve under the kitchen sink that was leaking. Please let the resident know.",N,True,W,False),
("email","Claim question","Our insurance adjuster wants the date of last month's dishwasher leak and the plumber's invoice. Do you have it on file?",N,True,G,False),
("email","Boxes in unit 18","The boxes at the bottom of my storage unit are soft and smell musty. I don't see any water now. Could someone check the wall?",N,True,M,False),
("email","Closet ceiling","Now that the roof is fixed, the water stain on my closet ceiling is dry. When can it be painted?",N,True,M,False),
("email","Smoker every weekend","Every weekend the neighbor runs his meat smoker from dawn and the haze drifts into our kids' room. Can the association say something?",N,False,C,False),
("email","Fitness room","Two of the exercise bikes in the fitness room have loose pedals. Can they be tightened?",N,False,AM,False),
# --- low ---
("email","Thank you","Thank you for getting the plumber out so fast for the leak in our laundry room. Everything is dry and back to normal.",L,True,G,False),
("email","WO 9931 complete","WO 9931: furnace humidifier pad and drain line replaced, utility room floor dried. Closed.",L,True,W,False),
("email","WO 9940 complete","WO 9940: heat pump defrost board replaced, unit running normally. Closed.",L,False,W,False),
("email","Bramble Ridge winter newsletter","In this issue: holiday lights contest, snow removal routes, and the new board members. Unsubscribe at the bottom.",L,False,NH,False),
("email","Generators 40% off","Winter blowout! Standby generators 40% off this week only. Click here to claim your discount.",L,False,NH,False),
("email","Automatic reply: Carla Mendes","Carla Mendes is away until January 5 and checks mail only now and then. The front desk can help with anything pressing.",L,False,NH,False),
("email","Re: Water off Wednesday","OK, we'll keep some bottled water on hand that morning. Thanks for the warning.\n\n> On Mon, the office wrote:\n> Water will be shut off Wednesday 9-12 for valve work.",L,False,G,False),
("email","Away for the holidays","Just so you know, our son will be house-sitting from the 20th to the 3rd. Nothing needed.",L,False,G,False),
("email","Holiday party","Thanks for a lovely holiday party at the clubhouse. The kids loved it.",L,False,G,False),
("email","Payment received","Bramble Ridge HOA: $425.00 was drawn from your account ending 0917 for December assessments. Receipt 55120. This mailbox isn't monitored.",L,False,NH,False),
]
