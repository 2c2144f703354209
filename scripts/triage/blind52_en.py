# ruff: noqa: E501
# fmt: off
# Fifty-second blind held-out set, English half (written after round 48 on main's system as an honest set; never train on it).
# (channel, subject, body, urgency, leak, category, callback)
from blind4_en import AM, AR, MV, NH, A, B, C, E, G, L, M, N, P, S, U, V, W


def pre(name, phone, prop, msg):
    return f"Caller: {name}\nPhone: {phone}\nProperty: {prop}\nMessage: {msg}"
EN = [
# --- emergencies, plain and in passing ---
("pre","Phone message - Lindqvist",pre("Greta Lindqvist","608-555-0183","Heron Ridge HOA, nature trail","Her grandson went down the new zip line at the trail playground and the trolley came off the cable halfway. He fell onto the boulders below and isn't answering, his eyes are half open. She asked for a call back right away."),E,False,M,True),
("email","Birthday in the party room","At a birthday in the clubhouse party room the kids were swinging a bat at a piñata and it flew out of a boy's hands into a toddler's head. She was crying at first, now she's limp and has thrown up twice.",E,False,M,False),
("email","Archery day","At the archery afternoon on the common field a stray arrow went into a spectator's thigh, right near the groin. It's bleeding a lot around the shaft and he's going gray. We are pressing on it.",E,False,M,False),
("email","Roof work at 14","The chimney sweep at 14 Wren Court stepped onto the skylight and went straight through it. He landed on the stair landing inside, two floors down, and he's not moving. The owners are at work.",E,False,M,False),
("portal","Tiki bar on fire","The wood-fired pizza oven on the clubhouse patio threw sparks into the thatch over the tiki bar and the whole roof of it is burning now. It's about ten feet from the clubhouse wall.",E,False,M,False),
("email","Re: Fitness center hours","The auto-belay on the climbing wall let go and a teenager fell from the very top onto the mat edge. He's breathing but he won't open his eyes and his arm is bent the wrong way.\n\n> The fitness center will open at 5 am starting Monday. The climbing wall is staffed 4-8 pm.",E,False,M,False),
("email","probably overreacting","Probably overreacting, but my husband has been in our storage unit since noon with his meat smoker going and the door pulled down most of the way. I just found him sitting on the floor, confused, with a pounding headache, and he keeps throwing up.",E,False,M,False),
("email","Electric blanket","No big rush I guess, but the heated mattress pad in the furnished rental we just checked into is giving off a burning plastic smell and there's a brown scorched patch spreading in the middle. Smoke is starting to curl off it.",E,False,M,False),
("email","Roofers on Maple","The roofers next door had their nail gun go off when the guy slipped, and a nail went into my son's chest while he was shooting hoops in the driveway. He's pale and says it hurts to breathe. 31 Maple.",E,False,M,False),
("email","Koi pond","A toddler got tangled in the heron netting over the koi pond by the clubhouse and tipped in face first. We just pulled her out and she isn't breathing, someone is doing rescue breaths.",E,False,M,False),
("email","Question about the gate code + a truck","Can you tell me the new gate code? Also, a man in a pickup just rammed the glass front of the leasing office twice and is backing up to hit it again. The two office staff are inside behind the counter.",E,False,S,False),
("frontdesk","Front desk - storage lot","Front desk: a customer ran in from the drive-up units saying two men are trying to drag a woman into a white van by the gate. She's screaming and fighting them. Lot cameras show it.",E,False,S,False),
("pre","Phone message - Mbeki",pre("Thandi Mbeki","404-555-0117","Cedar Row Rentals, 88 Pine St","She hears a woman in 5A screaming for help and loud thuds like someone is being thrown against the wall, it's been going on for ten minutes. Please call her back."),E,False,S,True),
("email","Flagpole by the mailboxes","The heavy ball on top of the flagpole by the mailboxes came off in this wind and hit a man checking his mail. He's on the ground shaking all over and there's blood coming from his ear.",E,False,M,False),
# --- emergencies that are leaks ---
("email","Car wash next door","The self-serve car wash that backs onto the storage buildings has a burst high-pressure line. Water is shooting through the wall into aisle F and the ceiling lights in there are sparking and popping.",E,True,M,False),
("pre","Phone message - Osei",pre("Kwame Osei","713-555-0146","Bayou Oaks HOA, clubhouse","The sewage lift station must have failed, sewage is coming up through the floor drains in the clubhouse basement and it's already over the outlets where the preschool's space heaters are plugged in. The kids are upstairs. Call back."),E,True,M,True),
("email","Rooftop farm","The hydroponic farm that rents the roof of our storage building has a reservoir that split open. Water is pouring down the stair shaft into the room with the generator's transfer switch and it's arcing with a loud bang every few seconds.",E,True,M,False),
("email","Re: parking stickers","Thanks, I'll pick up the stickers. But right now the pool's backwash hose has been left running into the pump room and the water is up over the pool's main electrical panel, it's buzzing loudly.\n\n> New parking stickers are available at the office from Monday.",E,True,M,False),
("portal","Food truck in the garage","The food truck that parks in the garage overnight has its fresh water tank dumping out on the ramp and it's running straight into the garage's electrical vault. There's a burning smell coming out of the vault vent.",E,True,M,False),
("email","might be fine","Might be fine, but the cooling tower on the roof has a line broken and water is pouring into the top floor's electrical closet. There's smoke coming under the closet door now.",E,True,M,False),
# --- urgent ---
("email","Water heater seam","The water heater in our rental closet is leaking from the bottom seam of the tank and the drain pan is almost full. It's not everywhere yet. Can a plumber come today?",U,True,M,False),
("portal","Toilet supply","The supply line to our toilet is weeping at the nut and the shutoff only turns halfway. I'm emptying a bucket every hour. Can someone come this afternoon?",U,True,M,False),
("email","No heat, baby at home","Our furnace quit this morning and it's supposed to be 8 degrees tonight. We have a three-week-old. Can someone get here today?",U,False,M,False),
("email","Rent pulled three times","The portal's autopay charged me three separate times for December rent, all this morning. My checking is now negative and the car loan drafts tonight. Please call me today to reverse two of them.",U,False,B,True),
("email","Garage gate stuck shut","The exit gate of the North garage is stuck down, about thirty of us can't get our cars out for work. Can someone open it manually?",U,False,A,False),
("email","EpiPen at the office","My son's EpiPen refill got delivered to the leasing office and he leaves for camp at 7 tomorrow. The office closes at 5 and I'm stuck at work till 6. Can someone hold it somewhere I can reach?",U,False,P,False),
("email","Loose pit bull","The pit bull from 19 Larch is off leash again today, it lunged at two kids waiting for the school bus this morning. Leash rule, please act before the afternoon bus.",U,False,V,False),
("email","Fence cut at the storage lot","The back fence at the storage lot has been cut and three padlocks on row K were snipped overnight. Mine is one of them. Can you pull the camera footage and fix the fence today?",U,False,S,False),
("email","WO 9120 elevator","Elevator tech on site at Cedar Row: car 2 has a failed door operator, parts arrive Friday. The tenant on 9 uses a wheelchair and car 1 is the only other one. Please set up a plan with her today.",U,False,W,False),
("email","Chlorine feeder","The chlorine feeder at the pool is broken and the water's gone cloudy. Swim team meet at 4 today with other clubs coming. Can someone look at it before then?",U,False,AM,False),
# --- normal ---
("email","Re: under the sink","Update: the handyman tightened the trap last Thursday and it's been dry since, but the bottom of the cabinet is warped and smells musty. Can it be replaced when convenient?",N,True,M,False),
("email","Ceiling mark after the storm","Since Saturday's storm there is a tea-colored ring on the bedroom ceiling near the chimney, about a dinner plate wide. I touched it, it's dry. Worth having someone look at the flashing?",N,True,M,False),
("email","Water damage claim","About the washer that overflowed upstairs in March: the rug in my living room was ruined. Who do I send the cleaning bill to?",N,True,M,False),
("email","Tub caulk","The caulk along the bottom of our tub has cracked and some shower water gets in behind the tiles, the grout at the corner stays dark. Not urgent, whenever a handyman is around.",N,True,M,False),
("email","Shade over the patio","Thinking of a freestanding cedar pergola out back, roughly 12x14, stained to match the fence. Is there an application form, and do the neighbors need to sign anything?",N,False,AR,False),
("email","Front door color","My wife has her heart set on a deep teal front door with brass hardware. It isn't one of the swatches on the approved chart, can we ask for an exception?",N,False,AR,False),
("email","HOA late fee","I got a $25 late fee on my HOA dues, but the bank shows the payment went out on the 1st. Can this be removed?",N,False,B,False),
("email","Key for the mailbox","Our mailbox key went through the wash and now it's bent and won't turn. Can the office cut a new one, or do I need the post office for that?",N,False,A,False),
("email","Leaf blowers at 7","The landscapers start with leaf blowers at 7 am on Saturdays right under our window. Could they start a bit later on weekends?",N,False,C,False),
("email","Smoke drifting","Most nights around ten the bathroom fills with a stale cigarette smell, I'm pretty sure it's coming up the vent from the apartment under us. My daughter has asthma. Anything you can do?",N,False,C,False),
("email","Boat in the driveway","The family at 42 Fernhill has had their bass boat sitting on its trailer beside the garage since Labor Day. The covenants say a few days for loading, right?",N,False,V,False),
("email","Tennis court booking","How do we book the tennis courts for a small round-robin with friends next Sunday? Is there a limit on hours?",N,False,AM,False),
("email","Car door left open","When I came down this morning my passenger door was slightly open. Nothing seems missing, maybe I didn't shut it. Is there camera footage of P2?",N,False,S,False),
("email","Package marked delivered","Tracking shows a FedEx box signed for by 'FRONT DESK' on Monday afternoon. I never got the pickup email and the shelf by the mailroom is empty. Could someone look in the back?",N,False,P,False),
("email","Move-out inspection","We move out of 7C on the 28th. When can we book the move-out inspection?",N,False,MV,False),
("email","Columbus Day","Will anyone be in the office on Columbus Day? I have the signed pet addendum to drop off and it's due that week.",N,False,G,False),
("email","WO 9102 dishwasher","Tech replaced the dishwasher door gasket in 3F. Rack wheel is also broken, ordered, arrives next week. Will return to install.",L,False,W,False),
("portal","Squeaky closet door","The bifold closet door in the hallway squeals every time we open it. Whenever someone's nearby.",N,False,M,False),
("email","Bigger unit?","We're downsizing from a house and my 10x10 is bursting. If a 10x15 frees up, do you just move my account over or is it a whole new contract?",N,False,G,False),
("email","Fridge light","The light inside our fridge stopped working. Is that something maintenance handles or do I buy a bulb?",N,False,M,False),
# --- low ---
("email","Thanks for the quick fix","Big thanks to Ray who fixed the leak under our kitchen sink yesterday. Cabinet's dry and the floor too.",L,True,G,False),
("email","WO 9098 closed","Work order 9098: replaced the cracked washing machine hose in 2D, no drips after a full cycle. Closing.",L,True,W,False),
("email","Heron Ridge Herald - March","March newsletter: spring cleanup day, new pickleball lines, the pool opens Memorial Day, and the annual meeting on the 22nd.",L,False,NH,False),
("email","Your roof qualifies","Homeowner alert: your address in Heron Ridge was flagged for a storm-damage grant. Reply YES with your insurer's name and our adjusters will handle the paperwork at no cost.",L,False,NH,False),
("email","Auto-reply","Thank you for contacting Cedar Row Rentals. This inbox is not monitored on weekends. Your ticket #31107 has been created.",L,False,NH,False),
("email","All settled in","We're all moved into 4B. The movers were careful and the elevator pads were already up. Thanks!",L,False,MV,False),
("email","Found it","Please ignore my message about the missing box, it was behind the planter by our door.",L,False,P,False),
("email","Notary at the office?","Does anyone at the management office notarize documents? I have a car title transfer to sign and the bank wants a notary stamp.",N,False,G,False),
("email","WO 9110 done","WO 9110: painted the handrail on the east stairs. Complete.",L,False,W,False),
("email","Complaint resolved","Just to let you know the barking dog issue I wrote about is resolved, I talked to the neighbor. Thanks.",L,False,C,False),
]
