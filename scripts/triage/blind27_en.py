# ruff: noqa: E501
# fmt: off
# Twenty-seventh blind held-out set, English half (written in round 27 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Guest parking question","Quick one about guest passes for the weekend. Also, and this is more pressing, the toilet tank lid cracked off and the fill valve is spraying water all over the bathroom floor; it's seeping under the door into the hall.",E,True,M,False),
("pre","Phone message - Delgado",pre("Rosa Delgado","480-555-0148","Saguaro Bluffs HOA","The dumpster enclosure behind building 4 is on fire and the flames are licking the carport roof. She called 911. Please call her back."),E,False,M,True),
("portal","Laundry room","Strong rotten egg smell filling the laundry room next to the dryers, it's making my eyes water. I propped the outside door open and left.",E,False,M,False),
("email","Beeping, headache","The carbon monoxide alarm in the nursery won't stop beeping in groups of four and my wife and I both have pounding headaches. We're taking the baby to the car.",E,False,M,False),
("frontdesk","Front desk note - 2F panel","Front desk: resident in 2F reports the breaker panel in her hallway is buzzing loud, popping, and there's a smell like melting plastic coming from it.",E,False,M,False),
("email","Storage row K","At the storage place right now. Water is pouring out of the sprinkler head in row K and the units under it have water flowing under their doors.",E,True,M,False),
("email","Tub backing up","Brown sewer water is bubbling up into our bathtub and kitchen sink at the same time and it's spreading across the floor.",E,True,M,False),
("email","Kitchen ceiling","The kitchen ceiling is sagging like a balloon and water is streaming through the light fixture. I turned off the lights at the breaker.",E,True,M,False),
("email","No heat, oxygen","Heat has been off since yesterday afternoon, it's 49 inside and 3 below outside. My father is on home oxygen and can't stop shivering.",E,False,M,False),
("pre","Phone message - Brandt",pre("Lukas Brandt","614-555-0133","Riverbend Lofts","He and two kids are stuck in the freight elevator between floors 5 and 6. The alarm button does nothing and one of the kids has asthma."),E,False,M,False),
("email","Someone inside","Came back from the store and glass from our patio slider is all over the rug. There are footsteps and drawers banging upstairs. I'm locked in my car with 911 on the line.",E,False,S,False),
("email","Retaining wall","The retaining wall behind buildings 7 and 8 just gave way; a section of dirt and block slid down and is leaning against the back of 7C.",E,False,M,False),
("email","Tree on my truck","A big eucalyptus came down in the storm and crushed the cab of my truck in the assigned parking row. It's also lying across the walkway.",E,False,M,False),
("email","Clubhouse","An older gentleman just collapsed on the treadmill at the clubhouse fitness room and isn't responding. Someone is doing CPR.",E,False,AM,False),
("email","Thanks again, and now","Thanks again for fixing the gate clicker so fast. Now a different problem: there's smoke coming out of our dishwasher and the kitchen smells of burning.",E,False,M,False),
# --- urgent ---
("pre","Phone message - Nguyen",pre("Tam Nguyen","408-555-0187","Oak Hollow Self Storage","His access code stopped working at the keypad and his moving crew is parked outside on the clock. Asks for a call back."),U,False,A,True),
("email","Kitchen hot water","Kitchen and bathroom taps only run cold since this morning. Heater pilot looks out. No leaks anywhere, just no hot water.",U,False,M,False),
("email","Upstairs leak stopped","The unit above us leaked through our bathroom fan last night. Maintenance shut their water and it's stopped, but the fan housing is wet. Can someone inspect it today before we use the fan?",U,True,M,False),
("email","Heat wave, no AC","Our air conditioner quit this morning. Forecast says 109 and my grandmother lives with us. Can a tech come today?",U,False,M,False),
("email","Tow truck","A tow truck is hooking my car right now in space 22, which is my assigned spot. Please call the driver off.",U,False,A,False),
("frontdesk","Front desk note - garage","Front desk: garage gate arm is stuck down and three residents are stuck behind it trying to get to work.",U,False,A,False),
("email","Front door lock","The deadbolt on our front door broke off inside the door, it won't lock at all and I leave for a night shift in three hours.",U,False,A,False),
# --- normal ---
("email","Fire pit hours","Are the fire pits at the clubhouse patio available after 9 pm, and do we need to reserve them?",N,False,AM,False),
("email","Floodlight timer","The flood lights on the back of building 2 come on at noon and stay on all day. Maybe the timer is off?",N,False,M,False),
("email","Old stain","The dining room ceiling has a yellow stain from when the upstairs tub overflowed back in March. It was checked then and is dry. Could it be repainted sometime?",N,True,M,False),
("email","Water bill doubled","The utility portion of rent went from $61 to $127 with no change in how we live, and I checked every faucet and the toilet flapper. Could the submeter be misread?",N,False,B,False),
("email","Solar panels","Our roofer quoted a dozen rooftop PV modules on the back slope, hidden from the street. Which drawings and forms does the ARC want, and how long is review taking these days?",N,False,AR,False),
("email","Boat in the driveway","A pontoon on its trailer has now been sitting beside the garage at 41 Larkspur since Labor Day. Aren't recreational vehicles banned from driveways under the covenants?",N,False,V,False),
("email","Cigarette smoke","The smoke from our downstairs neighbor's cigarettes comes up through our bathroom vent every night.",N,False,C,False),
("pre","Phone message - Harlow",pre("Jean Harlow","210-555-0121","Mesquite Creek Rentals","Asking why her security deposit refund was $300 less than expected. Please call back."),N,False,B,True),
("email","Package room","The package room locker says my parcel was delivered but the code it texted me doesn't open anything.",N,False,P,False),
("email","Moving out","Consider this our 30-day notice for townhouse 18; the keys come back on the 31st. Do you schedule the walkthrough, or should we pick a slot?",N,False,MV,False),
("email","WO 4410","WO 4410: replaced the wax ring under the toilet in 305 after a slow seep; subfloor is sound, no further action. Please let the resident know we'll return Thursday to caulk.",N,True,W,False),
("email","Smoke alarm chirp","Every sixty seconds or so the ceiling detector outside the bedrooms lets out one high chirp. Nothing's burning; could someone swap its nine-volt on the next visit?",N,False,M,False),
("email","No leak now","The plumber came yesterday about the noise in the wall and said there was no leak, just a loose pipe strap. Can we get the drywall patched?",N,False,M,False),
("email","Dying to know","Honestly dying to know what happened to the rowing machines and cable station the flyer promised the fitness room by October.",N,False,AM,False),
# --- low ---
("email","Thank you","Thank you for the quick work on the water heater that was leaking in our closet. Floor is dry and the new tank is quiet.",L,True,G,False),
("email","Re: HOA dues","Got it, thanks.\n\n> On Mon, Saguaro Bluffs HOA wrote:\n> There was a burst pipe in the mailroom; mail pickup is delayed until Wednesday.",L,False,G,False),
("email","Out of office","Auto-reply: Marisol is at a conference through the 14th and reading mail only in the evenings. Leasing questions can go to the Mesquite Creek office line.",L,False,NH,False),
("email","Win a cruise","URGENT!!! Final notice: your extended auto warranty lapses tonight. Press reply to lock in coverage before it's gone.",L,False,NH,False),
]
