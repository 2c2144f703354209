# ruff: noqa: E501
# fmt: off
# Seventh blind held-out set, English half (written in round 7 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, mostly in plain words ---
("email","Water down the wall","There's water running down the inside of my bedroom wall from upstairs and the carpet is soaked through. Unit 310, Maple Court.",E,True,M,False),
("pre","Phone message - Okafor",pre("Ngozi Okafor","312-555-0148","Lakeside Rentals #4B","The pipe under her kitchen sink came apart and water is spraying everywhere, she can't get it to stop. Please call her right away."),E,True,M,True),
("email","Toilet won't stop","The toilet keeps filling and spilling over, it's gone under the bathroom door into the hall and I can't make it stop.",E,True,M,False),
("portal","Storage unit 118","I just opened my storage unit 118 and the floor is covered in water, it is still coming down from the roof onto my boxes.",E,True,M,False),
("email","Stairwell smells like gas","The whole stairwell in building 4 smells like gas, my eyes are watering from it. Somebody needs to come now.",E,False,M,False),
("email","Flames next door","The kitchen in 2B caught fire, I can see flames in their window and the hallway is filling up with smoke. Fire department is on the way.",E,False,M,False),
("email","Panel popping","There's a burning plastic smell coming out of the electrical panel in the hallway and it keeps making popping sounds.",E,False,M,False),
("email","My mother is stuck","My mother is stuck between floors in the elevator at the Pine Street senior building. She's 84 and she's panicking.",E,False,M,False),
("email","Furnace quit, sick toddler","The furnace stopped overnight. It's below zero outside, the house is down to 50 and I have a sick toddler.",E,False,M,False),
("email","Man in the garage","There's a man inside our locked parking garage going through cars with a flashlight right now. I'm watching him from the stairwell.",E,False,S,False),
("email","Pine fell on my car","The big pine by the clubhouse came down across my car and it's lying on the power line as well.",E,False,M,False),
("email","Ceiling fell in","Part of the living room ceiling just fell in, plaster everywhere, and the rest of it is bulging down.",E,False,M,False),
("email","Basement filling up","The sump pump quit and the basement is filling up, the water is already over the bottom step.",E,True,M,False),
("email","CO alarm and vomiting","The carbon monoxide alarm started screaming and my daughter threw up. We're sitting in the car.",E,False,M,False),
("pre","Phone message - Brandt",pre("Karl Brandt","503-555-0121","Hillcrest HOA, lot 40","Says water is gushing up out of the ground by the sidewalk in front of his house and running into his garage. Call back."),E,True,M,True),
("frontdesk","Desk note","Resident of 7C reported sparks coming out of the hallway light on floor 7 and a burning smell.",E,False,M,False),
("email","Water heater letting go","The water heater in the hall closet is pouring water out the bottom, there's a stream across the floor and it's going into the next unit.",E,True,M,False),
# --- urgent ---
("email","Locked myself out","I locked myself out and my phone is inside, writing from a neighbor's. Could maintenance let me in this afternoon?",U,False,A,False),
("email","Gate dead","The main gate at Lakeview won't open for anyone, I'm stuck outside with a car full of frozen groceries.",U,False,A,False),
("email","No hot water building-wide","No hot water in the whole building since 6am. Can someone fix it today?",U,False,M,False),
("email","Front door lock broke","The lock on my front door broke off and the door won't lock at all. I can't leave it like this overnight.",U,False,A,False),
("email","Leak stopped, outlet damp","Upstairs shut their valve and the drip stopped, but the drywall is wet and the outlet next to it is damp. Could someone check it today?",U,True,M,False),
("email","Tow at 5 today","A notice on my windshield says my car gets towed at 5 today for expired tags. I renewed them yesterday.",U,False,A,False),
("email","AC out","The AC is not working, it's 105 outside and 88 in the apartment. Please send someone today.",U,False,M,False),
("email","Lien sale tomorrow","Got a text that unit B-22 will be cut open for the auction tomorrow. I paid in full at the office this morning.",U,False,B,False),
("email","Plumber needs approval","Plumber on site at 4C: found an active leak inside the wall behind the shower, need your approval today to open the wall.",U,True,W,False),
# --- normal, some alarming-sounding ---
("email","Fire pit booking","Can residents reserve the gas fire pit on the pool deck for a birthday on Saturday?",N,False,AM,False),
("email","Weak shower","The shower has barely any pressure since last week, just a weak trickle.",N,False,M,False),
("email","Water and sewer charge","Why did the water and sewer charge on my statement go up this quarter?",N,False,B,False),
("email","Alarm test tomorrow","Is the fire alarm test tomorrow going to be loud for long? I work nights.",N,False,G,False),
("email","Burning question","Burning question: are we allowed to paint our front door dark blue?",N,False,AR,False),
("email","Faucet drip, valve off","Kitchen faucet started dripping, I turned the valve under the sink and it stopped. Whenever someone can replace the cartridge is fine.",N,True,M,False),
("email","Musty closet","There's mildew on the back wall of my closet and it smells musty.",N,True,M,False),
("email","Brown ring on ceiling","There's a brown ring on the hallway ceiling from the leak you fixed in March. Can it be painted over?",N,True,M,False),
("email","Dishwasher puddle","When the dishwasher runs a little water leaks out in front of it, I wipe it up afterwards.",N,True,M,False),
("email","Loud arguing","The couple in 5B argue loudly every night until past midnight.",N,False,C,False),
("email","Trash cans out all week","The house on the corner leaves its trash cans at the curb all week, which the HOA rules don't allow.",N,False,V,False),
("email","Cigarette smoke in vent","Cigarette smoke from the unit below comes up through my bathroom vent every night.",N,False,C,False),
("email","My spot again","Someone keeps parking in my assigned spot #58.",N,False,A,False),
("email","Wrong building","The courier left my package at the wrong building, tracking says building D.",N,False,P,False),
("email","Freight elevator for move-in","We're moving in on the 15th, can we reserve the freight elevator for that morning?",N,False,MV,False),
("email","Move-out walkthrough","When can I schedule the move-out walkthrough?",N,False,MV,False),
("portal","Late fee","I was charged a late fee, but autopay went through on the 1st.",N,False,B,False),
("email","Clubhouse for a shower","Can I book the clubhouse for a baby shower on the 20th?",N,False,AM,False),
("email","Solar panels","We'd like to put solar panels on the back side of the roof. What's the approval process?",N,False,AR,False),
("email","Mailroom camera","The camera over the mailroom has been pointing at the wall for a week.",N,False,S,False),
("email","Elevator still out","The elevator has been out since Monday, any update on when it'll be fixed?",N,False,M,False),
("email","Burner won't light","The back burner on my gas stove won't click on. No smell of gas at all.",N,False,M,False),
("email","Hairline crack","A hairline crack runs along the living room wall by the window, it hasn't changed in months.",N,False,M,False),
("email","Fogged window","The double-pane window in the bedroom has fogged up between the two panes of glass.",N,False,M,False),
("pre","Phone message - Patel",pre("Anita Patel","919-555-0183","Cedar Ridge Rentals #22","Says she was charged rent twice this month and wants someone to call her back about it."),N,False,B,True),
("pre","Phone message - Nguyen",pre("Tuan Nguyen","408-555-0109","Palm Self Storage, unit 7","Asking whether his gate code changes next month. No need to call back, email is fine."),N,False,A,False),
("email","Roof patched","Roofer: patched the flashing over unit 12 where the leak was, will come back after the next rain to confirm it holds.",N,True,W,False),
("email","Side gate latch","Just so you know, the side gate by the pool doesn't latch anymore, anyone could walk in.",N,False,A,False),
("email","Roaches","Seeing roaches in the kitchen again, can pest control come by?",N,False,M,False),
# --- low ---
("email","Thanks, all dry","Just wanted to say thanks, the plumber came right away for the leaking pipe and everything is dry now.",L,True,G,False),
("email","Automatic reply","Automatic reply: I'm away until the 14th. For urgent matters please contact my assistant.",L,False,NH,False),
("email","Summer newsletter","Summer newsletter: pool party on July 4, new recycling rules and the board election results.",L,False,NH,False),
("email","Refinance now","Limited offer: refinance your mortgage at 2.9%, act now before rates go up!",L,False,NH,False),
("email","Happy holidays","Happy holidays from all of us in 12B to everyone at the office!",L,False,G,False),
("email","Never mind","Never mind my last email, the garage remote works again after I changed the battery.",L,False,A,False),
("email","Undeliverable","Mail delivery failed: returning message to sender.",L,False,NH,False),
("email","Landscapers","The landscapers are killing it this spring, the entrance looks great.",L,False,G,False),
]
