# ruff: noqa: E501
# fmt: off
# Thirty-second blind held-out set, English half (written in round 32 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("email","Next door","There are flames behind the curtains of 4B next door, I think a candle caught them. I've banged on their door and nobody answers, and smoke is creeping out under it.",E,False,M,False),
("pre","Phone message - Okafor",pre("Tunde Okafor","312-555-0164","Harbor Point Condominiums","Doorman calling: during the power cut the fumes from the backup generator room are drifting into the lobby, he's dizzy with a pounding headache and the CO alarm in the mail room is going. Call back right away."),E,False,M,True),
("email","Ice over the entrance","A slab of ice the size of a door is hanging off the roof edge right above the main entrance of building 2. A chunk just smashed on the steps a foot from a kid, and people are still walking in and out under it.",E,False,M,False),
("email","EV charger","The EV charger at space 40 is sparking where the plug goes into my car, and the cable is going soft and smoking. I can't get close enough to unplug it.",E,False,M,False),
("portal","Hailstorm","Hail smashed the skylight over the B stairwell and rain is pouring straight down the stairs into the lobby. Glass all over the landing.",E,True,M,False),
("email","Clubhouse sauna","The heater in the clubhouse sauna is glowing red, the bench over it is charring and the room is filling with smoke. There's nobody at the desk.",E,False,M,False),
("frontdesk","Front desk note - pool house","Front desk: sharp chlorine smell and a greenish haze drifting out of the pool pump room. Two lifeguards are coughing with burning eyes, and swimmers are still in the water.",E,False,M,False),
("email","Terrace awning","The big awning over the clubhouse terrace ripped loose in the wind and its metal frame keeps slamming into the windows right above the tables where people are having lunch.",E,False,M,False),
("email","Snowplough","The snowplough just clipped the gas meter on the side of building 3 and it's hissing loudly. The smell is strong right under the bedroom windows.",E,False,M,False),
("email","3rd floor hallway","The long light in the 3rd-floor hallway is smoking and dripping melted plastic onto the carpet, and the fixture is buzzing.",E,False,M,False),
("email","Re: Parking permit renewal","Please hold the permit question. The garage door just came down on my neighbour's car as she was driving out - it's resting on her roof and she can't open her doors or get out.\n\n> On Tue, the office wrote:\n> Parking permits for 2027 can be renewed online from the 1st.",E,False,M,False),
("email","Row C","The sprinkler pipe in the unheated corridor of the storage building froze and split. Water is shooting out over row C and running in under the unit doors.",E,True,M,False),
("email","My mother","My mother only speaks Chinese. She just called me crying 有人在撬门 - someone is prying at her door in 6-1204 right now and she's inside alone.",E,False,S,False),
("pre","Phone message - Lindqvist",pre("Eva Lindqvist","503-555-0177","Maple Court Rentals","The water heater in her garage fell off its stand. Water is pouring out of the broken pipe and she smells gas from the bent line behind it. Please call her back."),E,True,M,True),
("email","Balcony hot tub","The people upstairs filled a hot tub on their balcony and our living room ceiling just under it has a fresh crack that keeps getting longer. Their balcony is visibly sagging.",E,False,M,False),
# --- urgent ---
("email","Passport","The keypad at the storage gate rejects my code after hours and my passport is in unit 117. My flight leaves at 7 tomorrow morning.",U,False,A,False),
("email","Elevator out","Our building's only elevator has been out since this morning. Nobody is stuck, but my husband uses a wheelchair and has dialysis at 4 pm.",U,False,M,False),
("email","Key snapped","The key snapped off in our front door lock; half of it is stuck inside and we can't lock the door. I leave for a night shift at 8.",U,False,A,False),
("portal","Garage ramp","The garage ramp is a sheet of ice. Two cars slid into the wall this morning, nobody hurt. Please get it salted before the evening rush.",U,False,M,False),
("pre","Phone message - Duarte",pre("Lucia Duarte","480-555-0121","Desert Palms Apartments","Power is out in her unit only, the breaker won't reset, and her insulin is in the fridge. Please call back today."),U,False,M,True),
("email","Ceiling bubble","The upstairs washing machine overflowed yesterday. It's dry now, but the plaster over our bed is hanging down in a bubble. Can someone check it today before it drops?",U,True,M,False),
("frontdesk","Front desk note - north lot","Front desk: the towing company starts removing cars from the north lot at 2 pm today for the repaving, and eleven cars are still there.",U,False,A,False),
# --- normal ---
("email","Candle class","May I run a candle-making class in the clubhouse kitchen on Saturday afternoon? About eight neighbours.",N,False,AM,False),
("email","Generator test","During this morning's generator test we smelled diesel in the lobby for about ten minutes. It cleared once the test ended. Is that normal, or should the exhaust be looked at?",N,False,M,False),
("email","Icicles","Icicles are starting to form along the gutter over our patio. Could someone knock them down this week before they get big?",N,False,M,False),
("email","Charger fault","The EV charger at space 40 shows a red fault light and won't start a session. Who looks after it?",N,False,M,False),
("email","Hail","Hail dented my car in the open lot last night. Does the association's insurance cover anything like that?",N,False,G,False),
("frontdesk","Front desk note - 7A","Front desk: resident of 7A says a parcel left at her door was soaked and dripping - a bottle of shampoo had broken inside. She asks that the courier leave boxes at the desk from now on.",N,False,P,False),
("portal","Drone","Someone has been flying a drone right up to our bedroom window on the 5th floor in the evenings, twice this week. Can security look into it?",N,False,S,False),
("email","Wasps","There's a wasp nest the size of a football under the roof of the mailbox cluster. Nobody's been stung yet.",N,False,M,False),
("email","Bent railing","The gas company replaced the meter the plough hit on Monday. The railing the plough bent beside it is still hanging loose; can it be fixed?",N,False,M,False),
("email","Window","No water got in during last night's storm, but the living room window rattles and whistles in the wind. Could it be resealed?",N,False,M,False),
("email","Balcony generator","The tenant in 2C runs a petrol generator on his balcony every evening. The house rules forbid fuel-burning equipment on balconies.",N,False,V,False),
("email","Patio awning","We'd like to put a retractable awning over our patio, beige, no lettering. What do we send the architectural committee?",N,False,AR,False),
("pre","Phone message - Reyes",pre("Marisol Reyes","915-555-0142","Sunridge Self Storage","She gave up her second unit, 240, in October, yet the card on file was charged for both again on the 1st. Please call back."),N,False,B,True),
("email","Trailer overnight","Our movers want to leave their trailer in the visitor lot overnight on the 29th and load it first thing on the 30th, when we leave the unit. Is that allowed?",N,False,MV,False),
("email","Heat pump","The neighbour's outdoor heat pump sits right under our bedroom window and hums all night. It's like sleeping next to a fridge.",N,False,C,False),
# --- low ---
("email","WO 7104","WO 7104: replaced the burnt ballast in the 3rd-floor hallway light, the smell is gone. Closed.",L,False,W,False),
("email","Winter newsletter","Winter newsletter: candle safety, keeping pipes from freezing, and the snow removal schedule. Clubhouse hours change on the 15th.",L,False,NH,False),
("email","Icicles","Thanks for knocking down the icicles over our door so quickly yesterday!",L,False,G,False),
("email","Debt","Drowning in debt? One call and our experts will put out the fire in your finances.",L,False,NH,False),
("email","Undeliverable: URGENT water pouring into unit 5","Delivery has failed to these recipients: maint-old@harborpoint.example. The mailbox does not exist.\n\nOriginal subject: URGENT water pouring into unit 5",L,False,NH,False),
("email","Re: Pool pump room","Great, thanks.\n\n> On Fri, the office wrote:\n> The chlorine smell at the pool pump room came from a loose feed line; it has been fixed and the pool is open again.",L,False,G,False),
("email","Chimney certificate","FYI, we had the chimney swept and the sweep left his certificate at the front desk for your files.",L,False,G,False),
("email","WO 7130","WO 7130: the drip under the kitchen sink in 5D was a loose trap nut; tightened and the cabinet dried out. Closed.",L,True,W,False),
]
