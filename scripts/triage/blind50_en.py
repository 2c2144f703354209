# ruff: noqa: E501
# fmt: off
# Fiftieth blind held-out set, English half (written after session 26 on main's system as an honest set; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Okafor",pre("Chidi Okafor","507-555-0139","Millbrook Commons HOA, pond rink","Says the volunteer driving the ice resurfacer at the pond rink backed over a skater who had fallen. The machine is still sitting on the man's legs and they don't know how to move it. Wants a call right now."),E,False,S,True),
("email","Bathroom glass","Our rental's shower door just burst into a million pieces while my son was in the shower. He has cuts all over and one on his neck that won't stop bleeding, I'm holding a towel on it. 14 Tamarack Ct, unit B.",E,False,M,False),
("email","Quick question + torch oil","Quick one about the patio party on Saturday, do we bring our own chairs? Also not sure it matters but my 2-year-old got into the bottle of refill oil for the garden torches and swallowed some, she keeps coughing and her breathing sounds wet and fast. My husband says kids cough.",E,False,M,False),
("email","Back lot by the woods","A neighbor's homemade deer stand in the common woods behind lot 31 gave way with him up in it. He landed on his back on the rocks and says he can't feel his legs. We're with him, it's about 200 yards in past the trail gate.",E,False,M,False),
("portal","Garden fence","Somebody wired the little fence around the community garden plot straight into the outdoor outlet to keep rabbits out. A boy grabbed it and he's lying on the mulch not answering us. Nobody knows where to switch it off.",E,False,M,False),
("email","Re: Spring Fair schedule","The maypole just came down on the kids who were dancing around it, at least three are under the pole and ribbons and one isn't moving.\n\n> On Thu, the Events Committee wrote:\n> Spring Fair on the green Saturday 11-3: maypole dance at noon, pie contest at 1.",E,False,M,False),
("email","Rec room now","Sorry, first, when does the billiards league sign-up close? Actually forget that, two guys in the rec room are going at each other with pool cues and one just got hit in the head and is down, the other one is still swinging at people.",E,False,S,False),
("frontdesk","Reception - garage P2","Reception: resident in 6F came to the desk shaking, says when she unlocked her car on P2 there was a man crouched in the back seat. She ran, he's still down there, she thinks he has something in his hand.",E,False,S,False),
("email","Cellar door","The steel bulkhead door over the basement stairs at building 4 slammed down on a boy who was climbing out and it's across his neck and shoulders. We can't lift it, it's too heavy. Hurry.",E,False,M,False),
("email","Garden plots","Our neighbor in plot 12 was using the rented rototiller and it pulled his boot in. His foot is still in the tines, blood everywhere, the engine stalled. Someone please bring tools to the community garden.",E,False,M,False),
("email","probably nothing","Probably nothing, but the teenagers at 9 Aspen were firing a homemade potato gun in the cul-de-sac and it went off in a girl's face. She's holding her eye and there's blood coming out between her fingers. Her mom isn't home.",E,False,M,False),
("pre","Phone message - Brandt",pre("Ursula Brandt","262-555-0174","Foxfield Rentals, 40 Orchard Rd","Heard a crash upstairs: the tenant in 2B was hanging a punching bag from a ceiling joist and the whole bag and bracket came down on his wife, she's conscious but not making sense. Asked us to call her back."),E,False,M,True),
("email","Crawfish boil","At the crawfish boil on the clubhouse lawn the burner stand folded and the whole pot of boiling water went over a man's legs and feet. His skin is peeling off and he is screaming, we have his feet under the hose.",E,False,M,False),
("frontdesk","Front desk - tot lot","Front desk: a parent ran in saying a kid at the tot lot got the drawstring of his hoodie caught at the top of the slide and is hanging by it, face going purple, parents are trying to lift him.",E,False,M,False),
# --- emergencies that are leaks ---
("email","Through the panel","The tenant upstairs in 3C has a grow tent with water tubs in it and one must have tipped. Water is pouring out of the breaker panel in my hallway and it's crackling. I've got my kids outside.",E,True,M,False),
("pre","Phone message - Castellanos",pre("Rafael Castellanos","915-555-0122","SecureSpace Self Storage, Montana Ave","The barbershop in the front retail bay has water running from its shampoo sinks' line into the storage building's electrical room. He saw it coming out under the door and the lights in aisle C flickering. Please call back."),E,True,M,True),
("email","Film shoot on Linden","Might be nothing, but the film crew on Linden has their rain machine aimed at the townhouses and the runoff is pouring down into the garage at 18. The EV charger in there is sitting in the water and I can hear it clicking.",E,True,M,False),
("email","Pool wall gave out","The neighbor's above-ground pool wall split and the whole pool came down the slope into the basement unit at 27 Harlow. Water is up to the outlets and the tenant down there uses a wheelchair, she's still inside.",E,True,M,False),
("portal","Unit 118 - spraying","The renter in unit 118 runs some kind of water jet cutting machine and a hose has split. Water is spraying over the partition into 117 and 119 and down onto the light fixture in the aisle, it's sparking.",E,True,M,False),
("email","Re: dues reminder","Got the dues reminder, will pay Friday. More pressing: the nail salon under our building has water pouring from its pedicure chairs into the garage's main electrical room, it's ankle deep and humming.\n\n> Second-quarter assessments are due April 1.",E,True,M,False),
# --- urgent ---
("email","Shower glass cracked","The glass shower door in our rental is cracked across the whole panel, a spiderweb from the hinge down. It's still holding and we taped it, but the kids shower every night. Can someone replace it today?",U,False,M,False),
("email","Upstairs grow tent","The tenant above me had water trays overflow last night. It's stopped now, but my bedroom ceiling is soft and damp and the drywall is starting to sag a little at the seam. Can someone come today?",U,True,M,False),
("portal","Unit 204 door sill","The drain outside my unit 204 is clogged and water from this morning's rain is sitting right at my door sill, a little already under it. More rain is forecast tonight.",U,True,M,False),
("email","300 Birch street door","At 300 Birch the street door swings open with a push since this morning; the strike plate is hanging off. Anyone off the sidewalk can get into the lobby. Can a locksmith come today?",U,False,A,False),
("email","Garage thefts","Two cars on P1 were broken into last night and a bike was stolen. The camera shows the guy walking in through the pedestrian door from the alley, which has a broken closer and stays open. Can you get it fixed before tonight?",U,False,S,False),
("email","Insulin at the desk","My insulin delivery (cold pack) was left at the front desk this morning. The desk closes at 6 and I can't get there until 8. Can someone put it in a fridge or keep it for me?",U,False,P,False),
("email","Thinner in the drain","The painters at 12 Quarry are pouring paint thinner and rinse water into the storm drain at the curb right now. There's a sheen going down the gutter to the pond.",U,False,V,False),
("email","Lifeguard no-show","Swim lessons start at 10 and there's no lifeguard at the pool, the kids are already at the gate. Is anyone coming?",U,False,AM,False),
("email","Unit 306 sale","Your letter says unit 306 is being sold at the online sale that closes at 9 tomorrow morning. My card was charged on the 3rd, I have the receipt. My grandmother's papers are in there. Please call me today.",U,False,B,True),
("email","WO 8812 - access needed","Plumber on site at Westgate 3. Found the source: the washer box in 3B is leaking into the wall, and it's reaching 2B's ceiling. Need access to 3B today to shut it off and open the wall. Please arrange.",U,True,W,False),
# --- normal ---
("email","Fire pit Saturday","For Saturday's block party, is the fire pit on the pool patio first-come or do I put our name on a sign-up sheet? Any charge for the firewood?",N,False,AM,False),
("email","New LED lights","Since the new LED flood lights went up on the tennis courts, our back bedroom is lit like daytime past midnight. Could they be aimed down or switched off earlier?",N,False,C,False),
("email","Water bill","My water bill this quarter came to $310, it's normally around $90. I don't know of any leaks. Could someone check the meter reading?",N,False,B,False),
("email","Re: drip under the sink","Follow-up to my email from last week: Marco snugged up the compression nut and the sink hasn't dripped since Sunday. The particleboard shelf underneath has puffed up and crumbles though. Can maintenance replace it sometime next week?",N,True,M,False),
("email","Car damage from the garage flood","About the pipe that burst in the garage last month: my car's carpets were soaked and the dealer says the seat motors are damaged. Who covers that?",N,True,M,False),
("email","Composite deck?","Our back deck boards are rotting and we'd rather go with gray composite this time. Do the design guidelines allow it, and does the committee need a form or just photos?",N,False,AR,False),
("email","Solar on the south slope","SunPeak Energy quoted us a 7 kW array, all on the south-facing slope you can't see from the street. What's the approval process and how long does it usually take?",N,False,AR,False),
("email","RV on Fern St","There's been an RV parked on the street in front of 22 Fern for about a month now and I think someone is staying in it. Isn't that against the rules?",N,False,V,False),
("email","Lease ends the 30th","Our lease in 4C ends the 30th and the movers come at 8. Who do I talk to about blocking the service elevator and hanging the wall pads?",N,False,MV,False),
("email","Where is my box","Amazon marked a box as handed to the building on Tuesday. It's not at the desk shelf and nobody texted me a pickup code. Any idea where it could be?",N,False,P,False),
("email","Day after Thanksgiving","Is the management office open the Friday after Thanksgiving? I was planning to bring the check for our special assessment in person.",N,False,G,False),
("email","Drum kit in 5B","Whoever moved into 5B has an electronic drum kit and the thumping of the pedal comes through our floor every evening 8 to 11. Could the office have a word with him?",N,False,C,False),
("email","Gym fob","My fob stopped opening the gym door this week, the other doors are fine. Can I get it reprogrammed?",N,False,A,False),
("email","Someone in the visitor lot","Yesterday around dusk I saw a man walking down the visitor lot looking into car windows. Nothing was taken that I know of, but it might be worth a look at the camera.",N,False,S,False),
("portal","Shower fan","The vent fan over our shower has started clattering like a loose playing card in a bike wheel. Whenever you're around.",N,False,M,False),
("email","Ring on the ceiling, unit 441","Unit 441 has a yellow ring on the ceiling panel near the back corner that wasn't there in the summer. Nothing is wet and my boxes are fine, but I'd feel better if someone went up on the roof before the snow.",N,True,M,False),
("email","Storage invoice","There's a $45 admin fee on my storage invoice this month. What is it for?",N,False,B,False),
("email","Grow lights in a rental","Am I allowed to set up an indoor grow tent with lights in my apartment? I want to grow herbs and peppers.",N,False,G,False),
("email","WO 8790 shower door","Replaced the bottom track on the shower door in 12B. The glass panel is on backorder two weeks. Please confirm with the owner whether they want a temporary acrylic panel.",N,False,W,False),
("email","Toilet","The toilet in our hall bath keeps refilling every few minutes, you can hear it all night.",N,False,M,False),
# --- low ---
("email","Ceiling looks great","Shout-out to Luis and Ben for the ceiling job after the tub overflow upstairs. The paint matches so well my wife can't find where the hole was.",L,True,G,False),
("email","Millbrook Commons - November","November news: holiday lights contest, the pool is closed for the season, fire pit rules for winter, and the board meeting on the 18th.",L,False,NH,False),
("email","Gutter special","Gutter cleaning 50% off this week only! Book now and get a free roof inspection.",L,False,NH,False),
("email","Ticket received","This is an automated response. Your message to Foxfield Rentals maintenance was received and has been assigned ticket #20931. Replies to this address are not read.",L,False,NH,False),
("email","WO 8803 closed","Work order 8803 closed: replaced two flood light lamps at the tennis courts.",L,False,W,False),
("email","WO 8795 - 7A","7A kitchen: braided hose swapped for a new one at the cold stop, ran the tap 15 min, cabinet bone dry. Closing this ticket.",L,True,W,False),
("email","Moved in","We finished moving into 9D yesterday. Thanks for the elevator pads, nothing else needed.",L,False,MV,False),
("email","New gym bikes","Just wanted to say thanks for the new bikes in the gym, they're great.",L,False,G,False),
("email","Never mind","Never mind my earlier email about the package, it turned up at my neighbor's door.",L,False,P,False),
("email","Away","Heads up that we're off to Portugal on Monday till the 28th. Kiara (my sister) has our key and will grab the mail, so don't be alarmed if you see her.",L,False,G,False),
]
