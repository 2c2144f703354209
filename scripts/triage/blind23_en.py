# ruff: noqa: E501
# fmt: off
# Twenty-third blind held-out set, English half (written in round 23 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Clubhouse rental","How far ahead can we reserve the clubhouse for a baby shower? Also, unrelated, our laundry room is ankle deep, the washer hose split and water is still pouring out behind the machine.",E,True,M,False),
("pre","Phone message - Delgado",pre("Rosa Delgado","915-555-0163","Juniper Ridge HOA","Her neighbor in 18 is lying at the bottom of his porch steps, not answering her, head bleeding. She called 911 and wants someone from the office there. Please call her back."),E,False,S,True),
("portal","Unit 116","There is a strong gasoline smell pouring out of unit 116 next to mine and liquid is running out from under its door into the aisle.",E,False,M,False),
("frontdesk","Front desk note - garage level 2","Front desk: a resident reports a car on level 2 with its hood smoking and small flames under the front bumper. Nobody in it.",E,False,M,False),
("email","Quick question","Probably overthinking this, but the electrical panel in our hallway closet is making a crackling noise and the door is warm, there is a faint burnt smell.",E,False,M,False),
("email","Balcony above","The balcony slab of the unit above ours has a chunk of concrete hanging by the rebar right over our patio where my kids eat lunch. It moved in the wind this morning.",E,False,M,False),
("email","Someone in our yard","A man I don't know is standing on our back deck trying the sliding door right now. I'm upstairs with the baby and I've locked the bedroom.",E,False,S,False),
("email","Heat","Our boiler died sometime overnight. It's minus 9 outside and 48 in the apartment. My wife had a C-section four days ago and we have the newborn here.",E,False,M,False),
("email","Bathroom ceiling","Hi, sorry for the late email. The ceiling over the bathroom sink is sagging and it is raining through the fan opening, the bucket is already full.",E,True,M,False),
("pre","Phone message - Huang",pre("Wei Huang","626-555-0188","Maple Court Rentals","Says the CO alarm in the basement unit went off and his grandfather is confused and vomiting. They are all outside now waiting for the fire department."),E,False,M,False),
("email","Elevator B","My neighbor is stuck in elevator B between 3 and 4 with her two kids, the button light is off and she says it's getting hot in there.",E,False,M,False),
("email","Pool deck","A girl slipped off the diving board onto the deck and isn't moving. Lifeguard is doing CPR, ambulance called.",E,False,AM,False),
("email","Visitor pass","Can my in-laws get a 2-week visitor pass? Also the outdoor light by our door just popped and now sparks are dripping down from the fixture onto the doormat.",E,False,M,False),
("email","Sewer smell and more","The basement floor drain is pushing up raw sewage and it's spreading toward the furnace room.",E,True,M,False),
("email","Storage aisle 7","Someone cut the lock on unit 712 and two guys are loading boxes into a van right now. I'm parked at the end of the aisle watching them.",E,False,S,False),
# --- urgent ---
("email","No AC","Our AC stopped cooling yesterday and it's 97 today. We're managing with fans but could someone come before the weekend heat?",U,False,M,False),
("email","Front door won't lock","The key turns freely in our front door but the bolt never slides out, so the house can't be secured tonight. Today please?",U,False,A,False),
("email","Leak under sink - stopped","The trap under the bathroom sink came loose and dumped water in the cabinet. I tightened it and it's holding, but the cabinet floor is soft. Could someone check today?",U,True,M,False),
("email","Lien notice","The lien notice on my door says my unit's contents get sold Friday at 10 am. I have a receipt showing I paid last week.",U,False,B,False),
("email","Fridge out","Our refrigerator quit this morning and we have insulin in it. Is there a loaner fridge or can a tech come today?",U,False,M,False),
("pre","Phone message - Brooks",pre("Tanya Brooks","480-555-0107","Juniper Ridge HOA","Locked out, the keypad code she was given doesn't work and her dog is inside. Call back please."),U,False,A,True),
("email","Only toilet","Our only toilet won't flush at all, the handle does nothing. Three of us in the unit.",U,False,M,False),
# --- normal ---
("email","Wet spot on ceiling?","There is a faint yellowish ring on the garage ceiling that I don't remember seeing. It's dry to the touch. Could someone take a look sometime?",N,True,M,False),
("email","Dues increase","Why did the quarterly dues go up by 40 dollars? I didn't see a vote about it.",N,False,B,False),
("email","Smoking neighbor","Cigar fumes from the patio of 3B fill our kids' room most evenings around nine. We've asked them twice.",N,False,C,False),
("email","RV in driveway","An RV has been parked in front of 22 for ten days now, blocking the sidewalk view at the corner.",N,False,V,False),
("email","Solar panels","Thinking of adding a row of rooftop solar facing the alley. Does the architecture committee need drawings, or just a spec sheet?",N,False,AR,False),
("email","Tennis court","Can non-residents play on the tennis court if they're with a resident?",N,False,AM,False),
("email","Move-out","Moving out on the 30th. When do I return keys and how does the deposit refund work?",N,False,MV,False),
("email","Package marked delivered","Amazon says delivered to the mailroom on Tuesday but it's not in my locker and there was no slip.",N,False,P,False),
("email","Fire drill","Is the fire drill next Thursday mandatory for everyone, and what time does it start?",N,False,G,False),
("email","Broken sprinkler","A lawn sprinkler head by building 4 is broken and spraying water onto the parking lot every morning.",N,False,M,False),
("email","Gate camera","Could the board look into a camera at the side gate? A couple of bikes have gone missing from the racks there.",N,False,S,False),
("email","Dripping faucet in laundry room","The faucet over the laundry sink drips all night. Not urgent at all.",N,True,M,False),
# --- low ---
("email","Thanks Luis","Luis came by this morning and the kitchen cabinet door closes properly now. Thanks a lot!",L,False,G,False),
("email","WO 8145","Work order 8145 complete: replaced wax ring on unit 9 toilet, no water at base after test, tenant signed off.",L,True,W,False),
("email","Automatic reply","Hi! I'm hiking with no signal through the 14th. Your note will be read when I'm back. - auto response",L,False,NH,False),
("email","You've won","Congratulations! Your address was selected for a free home security upgrade. Reply with your account number to claim.",L,False,NH,False),
("email","Noted","Got it, I'll leave the side gate unlocked for the crew on Wednesday.",L,False,G,False),
("email","Newsletter","The Juniper Ridge Quarterly: landscaping update, new trash pickup days and a recipe from the social committee. Unsubscribe anytime.",L,False,NH,False),
]
