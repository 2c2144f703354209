# ruff: noqa: E501
# fmt: off
# Fortieth blind held-out set, English half (written in round 40 before any change; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Lund",pre("Karin Lund","608-555-0142","Heron Bay HOA clubhouse","At the potluck a can of chafing fuel tipped under the buffet. The table skirt went up and caught her mother's cardigan sleeve; they got the sleeve out but the skirt is still burning and it's reaching the curtains. Call her back right now."),E,False,M,True),
("email","Garage level P2","The painters' scissor lift just tipped over on the ramp down to P2. One of them was up on the platform and he's lying under the guard rail with his arm twisted under him, shouting that he can't move.",E,False,M,False),
("email","Driveway at lot 17","My neighbor at lot 17 reached into the chute of his snow blower to clear a clog with the engine running. His fingers are caught in the impeller and there's blood all over the snow. His wife is screaming for help.",E,False,M,False),
("frontdesk","Front desk note - loading dock","Front desk: at the storage building's loading dock the hydraulic dock plate dropped while a mover was standing between it and his truck. His legs are pinned and the plate won't lift.",E,False,M,False),
("email","Common green","The tree crew's wood chipper caught fire at the edge of the common green. The pile of fresh chips next to it is burning now and the flames are a few feet from the clubhouse's wooden wall. The crew has gone to lunch.",E,False,M,False),
("pre","Phone message - Okafor",pre("Chidi Okafor","717-555-0186","31 Quarry Road (rental)","The pressure tank for the well in the basement split open. Water is spraying off the wall and it's over his ankles already, creeping toward the electrical panel. Please call back immediately."),E,True,M,True),
("email","Garage of 6 Fairway Ct","The manifold for our radiant floor heat in the garage cracked. Hot water is spraying out of it, the garage floor is a pond and it's running under the door into the downstairs neighbor's place.",E,True,M,False),
("email","Hallway outlet","The plug-in wax warmer in our hallway outlet melted into the socket. The outlet is sparking and there are little flames climbing the wallpaper above it.",E,False,M,False),
("email","Boathouse","The wall rack in the HOA boathouse pulled out of the studs and three kayaks landed on a teenager who was getting his paddle. He's flat on the floor under them and says he can't breathe properly.",E,False,M,False),
("email","RV lot","The dump station at the association's RV lot is backing up. Raw sewage is welling out of the inlet, spreading across the gravel and running into the storm drain by the gate.",E,True,M,False),
("email","Kitchen sink again","The garbage disposal was replaced last month after the old one smoked. Now the new one is sparking, and there are flames coming up under the sink where its cord plugs in.",E,False,M,False),
("email","Window trim","The painter was stripping the old window trim in our living room with a heat gun and left for the day. Now smoke is coming out of the outlet under that window and the wall is hot to the touch.",E,False,M,False),
("email","House next door","The rental next door has been empty for months, but the lockbox on its front door is hanging open and two people are inside with flashlights right now, carrying the TV toward the back door.",E,False,S,False),
("frontdesk","Front desk note - building C","Front desk: a man is going down the row of storage units in building C with an angle grinder right now. Sparks everywhere and two of the roll-up doors are already cut open.",E,False,S,False),
("email","Deck","Nobody is hurt, thank goodness, but the pergola over our deck came down on the grill. The grill cover caught fire and the flames are spreading along the deck boards toward the house.",E,False,M,False),
("email","Re: Pickleball court resurfacing","Never mind the schedule: the light pole at the end of court 2 just fell across the court onto two players. One of them is under it and isn't moving.\n\n> On Tue, the amenities committee wrote:\n> Court 2 will be resurfaced the week of the 14th.",E,False,M,False),
("portal","Towel warmer","The electric towel warmer on our bathroom wall is smoking and the plaster around its wiring box has gone brown. The whole bathroom smells of burning plastic.",E,False,M,False),
("email","Summer concert","The stage platform for the summer concert on the green collapsed while the band was setting up. The drummer is under the decking with his leg trapped and he's in a lot of pain.",E,False,M,False),
("email","Stairwell B","The cap on the fire standpipe in stairwell B blew off. Water is pouring down the stairs in a sheet and coming out under the lobby doors.",E,True,M,False),
("email","HOA dues question","Quick question about the special assessment, but first: the solar panels on the roof of 12 Birch are smoking and there's a flame along the edge of one of them. The family isn't answering the door.",E,False,M,False),
# --- urgent ---
("pre","Phone message - Ferreira",pre("Ana Ferreira","540-555-0177","4 Mill Pond Lane (rental)","The well pump quit overnight and there's no water at all in the house, not even to flush. She has a newborn. Please send someone today. Call her back."),U,False,M,True),
("email","Garage floor - shut off","I shut the valve on the radiant floor manifold after it started seeping in the garage last night, and it's stopped. But there's standing water and the boxes on the floor are soaked. Could someone check it today?",U,True,M,False),
("email","Storage code","Since this morning the entry pad at the self-storage fence says ACCESS DENIED for my PIN. Everything for a 2 o'clock install is locked in my unit, 58. Could someone reset my PIN today?",U,False,A,False),
("pre","Phone message - Wexler",pre("Paul Wexler","319-555-0158","Heron Bay HOA, lot 9","A delivery van has been parked across the back of his assigned space for an hour with nobody in it, and his car is boxed in. He has a job interview across town at noon. Call him back."),U,False,A,True),
("email","Rent taken twice","Autopay pulled this month's rent twice this morning and my account is overdrawn. My daycare payment comes out tomorrow. Can you reverse one today?",U,False,B,False),
("email","Live fish at the desk","A box of live tropical fish was delivered to the front desk this morning. The desk closes at 5 and I won't be back until 7. Could someone keep it somewhere warm or let my neighbor in 5B pick it up today?",U,False,P,False),
("email","Move-out today","Our movers are here and a roll-off dumpster for the roof job is sitting in front of the loading door. We have to be out by 5 today. Can it be moved?",U,False,MV,False),
("email","Side door","Someone pried at the side door of building B last night and now its lock won't catch. Anyone can walk in. Can it be fixed today?",U,False,S,False),
("email","Tent on the green","The short-term rental guests at lot 14 are putting up a big wedding tent on the common green this morning. Events on the green need board approval and they have none. Can someone come before it starts at 4?",U,False,V,False),
("email","Elevator out","The elevator in building 3 has been out since this morning. My mother is on the 6th floor in a wheelchair and has a hospital appointment at 1. Can it be fixed today?",U,False,M,False),
("email","Stairwell still wet","After last night's standpipe leak the fire department closed the valve. The stair carpet is still soaked and squelching. Can someone look at the valve and dry the stairs today?",U,True,M,False),
# --- normal ---
("email","Backboard","Would we need design approval to mount a pickleball practice backboard on the side wall of our garage?",N,False,AR,False),
("email","Glass garage door","We'd like to replace our wooden garage door with a full-view glass one. Are there style or color rules?",N,False,AR,False),
("email","Chain-link fence","The house on the corner put up a chain-link fence across its front yard. The guidelines only allow wood or iron in front.",N,False,V,False),
("email","Floodlight","The new motion floodlight over lot 28's garage flicks on every time a cat walks by and lights up our bedroom all night. We've asked them to angle it down.",N,False,C,False),
("email","Humming wall","The kegerator in 4C hums through our shared bedroom wall all night. Could someone ask them to move it?",N,False,C,False),
("email","Court nets","The nets on the pickleball courts sag in the middle. Can the HOA replace them?",N,False,AM,False),
("email","Clubhouse kitchen","Can I book the clubhouse kitchen for a fondue night next month, and is there a fee?",N,False,AM,False),
("frontdesk","Front desk note - garage","Front desk: the resident of 7A found her car door open in the garage this morning, nothing taken. She'd like someone to check the camera footage.",N,False,S,False),
("portal","Wrong mailroom","My parcel says delivered to 'Building 4 mailroom' but building 4 has no mailroom. Where would it be?",N,False,P,False),
("email","Gate remote","Our gate remote stopped working. We're using the keypad for now. Can I get a new remote?",N,False,A,False),
("email","Notice to vacate","We plan to move out at the end of March. How much notice do you need from us?",N,False,MV,False),
("pre","Phone message - Quist",pre("Lena Quist","218-555-0114","Heron Bay HOA, lot 33","She was charged a late fee though she paid on the 1st. Please call her back."),N,False,B,True),
("email","Manifold drip","One valve on the radiant heat manifold in our closet drips slowly. A towel catches it. Not urgent.",N,True,M,False),
("portal","Disposal","The garbage disposal leaks a little from the bottom when it runs. I've put a bowl under it.",N,True,M,False),
("email","Towel warmer cold","The towel warmer in our bathroom doesn't heat at all anymore. Could someone look at it?",N,False,M,False),
("email","WO 3371 - pressure tank","Ridgeview Pump & Well: WO 3371. We will replace the well pressure tank at 18 Aspen Ct on Tuesday between 9 and 11, water off for two hours. Please tell the tenant.",N,False,W,False),
("email","WO 4410 - readings","Dryline Restoration: WO 4410. Moisture in the hall closet of 2B is still at 22% after the manifold leak. We need access Friday to take readings again.",N,True,W,False),
("email","Holiday hours","Will anyone be at the management office on the Monday of Presidents' Day weekend, or should I come Tuesday to drop off my pet forms?",N,False,G,False),
("email","Master policy","Does the association's master policy pay for water damage that comes from a neighbor's unit, or is that on my own insurance?",N,False,G,False),
("email","Stain after the thaw","There's a brown stain on our bedroom ceiling since the snow melted last week. It's dry. Could someone check the roof above it?",N,True,M,False),
# --- low ---
("email","Dry again","Thanks for sending someone so fast for the standpipe. The stairwell is dry again and the carpet looks fine.",L,True,G,False),
("email","WO 5590 complete","WO 5590: RV dump station inlet cleared, gravel washed down and disinfected. Closed.",L,True,W,False),
("email","Heron Bay spring newsletter","Spring newsletter: pickleball league sign-ups, the pool opening date and a reminder about RV parking on the street.",L,False,NH,False),
("email","30% off gutter guards","Tired of climbing ladders? ClearFlow leaf screens fitted in one visit, first 50 homes get free downspout cleaning. Text STOP to end these messages.",L,False,NH,False),
("email","Out of office: Accounting","This mailbox (accounting) is away for the county audit through Wednesday. Payment questions can go through the resident portal's billing tab in the meantime.",L,False,NH,False),
("email","Re: Water shut-off Thursday","Thanks, we'll fill the tub the night before.\n\n> On Mon, the office wrote:\n> Water in building A will be off Thursday 9-1 to repair a leaking main valve.",L,False,G,False),
("frontdesk","Front desk note - 3D","Front desk: the owner of 3D says her sister will stay in the unit for two weeks while she's away. Nothing needed.",L,False,G,False),
("email","FYI","Just so you know, the plumber my landlord sent fixed the leak under the bathroom sink yesterday. All good now.",L,True,G,False),
("email","WO 6120 complete","WO 6120: ceiling drywall in 3C replaced after the water heater leak, primed and painted. Closed.",L,True,W,False),
]
