# -*- coding: utf-8 -*-
"""``generate.py --profile blind4`` / ``blind5``: blind evaluation sets for issue 11 (dev only).

The held-out machinery of heldout.py (Kokoro voices, stereo 8 kHz, truth JSON with defect spans,
``--check``) speaking blind4_text.py: phrasings, centres and hard negatives that no rule was tuned
on.  What differs from ``--profile heldout`` besides the text:

- the kind plan: the eight rule kinds only, each in at least ``per_kind`` calls, and
  ``clean_frac`` of the set clean (the three eval-only kinds stay labelled, so a flag of them is
  a false positive; missing_hold_thanks still comes with every unannounced hold);
- hard negatives more often (look-alikes, read-backs, backchannels), kept however long the call
  already is, and customers who are rude (``rude_prob``);
- two taboo lines from two families in each forbidden_phrase call;
- agent-first interruptions with a customer lead of 0.3-0.9 s instead of a fixed 0.4 s;
- one agent per centre (all eight voices as agents), calls of 60-150 s.

A later blind set adds only its phrase-table module and an entry in PROFILES (name -> table
module, defaults); ``--profile blind5`` (blind5_text.py) is the second, ``--profile blind6``
(blind6_text.py) the third, ``--profile blind8`` (blind8_text.py) the fourth, ``--profile blind10``
(blind10_text.py) the fifth, ``--profile blind11`` (blind11_text.py) the sixth, ``--profile blind12``
(blind12_text.py) the seventh, ``--profile blind13`` (blind13_text.py) the eighth, ``--profile blind14``
(blind14_text.py) the ninth, ``--profile blind15`` (blind15_text.py) the tenth, ``--profile blind16``
(blind16_text.py) the eleventh, ``--profile blind17`` (blind17_text.py) the twelfth, ``--profile blind18``
(blind18_text.py) the thirteenth, ``--profile blind19`` (blind19_text.py) the fourteenth, ``--profile
blind20`` (blind20_text.py) the fifteenth, ``--profile blind21`` (blind21_text.py) the sixteenth, ``--profile
blind22`` (blind22_text.py) the seventeenth, ``--profile blind23`` (blind23_text.py) the eighteenth,
``--profile blind24`` (blind24_text.py) the nineteenth, ``--profile blind25`` (blind25_text.py) the twentieth,
``--profile blind26`` (blind26_text.py) the twenty-first, ``--profile blind27`` (blind27_text.py) the
twenty-second, ``--profile blind28`` (blind28_text.py) the twenty-third, ``--profile blind29``
(blind29_text.py) the twenty-fourth, ``--profile blind30`` (blind30_text.py) the twenty-fifth,
``--profile blind31`` (blind31_text.py) the twenty-sixth, ``--profile blind32`` (blind32_text.py) the
twenty-seventh, ``--profile blind33`` (blind33_text.py) the twenty-eighth, ``--profile blind34``
(blind34_text.py) the twenty-ninth, ``--profile blind35`` (blind35_text.py) the thirtieth, ``--profile blind36``
(blind36_text.py) the thirty-first, ``--profile blind37`` (blind37_text.py) the thirty-second, ``--profile blind38``
(blind38_text.py) the thirty-third, ``--profile blind39`` (blind39_text.py) the thirty-fourth, ``--profile blind40``
(blind40_text.py) the thirty-fifth, ``--profile blind41`` (blind41_text.py) the thirty-sixth, ``--profile blind42``
(blind42_text.py) the thirty-seventh, ``--profile blind43`` (blind43_text.py) the thirty-eighth, ``--profile blind44``
(blind44_text.py) the thirty-ninth.
"""
from __future__ import annotations

import random

import blind10_text
import blind11_text
import blind12_text
import blind13_text
import blind14_text
import blind15_text
import blind16_text
import blind17_text
import blind18_text
import blind19_text
import blind20_text
import blind21_text
import blind22_text
import blind23_text
import blind24_text
import blind25_text
import blind26_text
import blind27_text
import blind28_text
import blind29_text
import blind30_text
import blind31_text
import blind32_text
import blind33_text
import blind34_text
import blind35_text
import blind36_text
import blind37_text
import blind38_text
import blind39_text
import blind40_text
import blind41_text
import blind42_text
import blind43_text
import blind44_text
import blind4_text
import blind5_text
import blind6_text
import blind8_text
import generate as G
import heldout

BLIND4_DEFAULTS = {
    **heldout.HELDOUT_DEFAULTS,
    "voices": heldout.ALL_VOICES,
    "n_agents": len(blind4_text.HO_DOMAINS_LIST),   # one agent per centre, voices round-robin
    "clean_frac": 0.25,
    "per_kind": 3,                 # calls per rule kind, at least
    "third_frac": 0.34,            # share of defect calls that get a third kind
    "bc_prob": 0.75,
    "cbc_prob": 0.5,
    "readback_prob": 0.6,
    "new_ask_prob": 0.4,
    "lookalike_prob": 0.8,
    "rude_prob": 0.6,
    "keep_negatives": True,        # look-alikes and rude customers even when the call is long enough
    "taboo_lines": 2,              # two taboo lines (two families) per forbidden_phrase call
    "early_lead_s": (0.3, 0.9),
    "duration_s": (60.0, 150.0),
}


# Set 5: 12 calls of 1-2.5 min, each rule kind in >= 2 calls, two kinds per defect call
# (shorter calls than set 4's), three taboo lines per forbidden_phrase call, at most one hold
# besides the planned ones, long holds 34-42 s and unannounced ones 11-20 s (holds leave a
# short call little room).
BLIND5_DEFAULTS = {
    **BLIND4_DEFAULTS,
    "n_agents": len(blind5_text.HO_DOMAINS_LIST),
    "per_kind": 2,
    "third_frac": 0.0,
    "taboo_lines": 3,              # two forbidden_phrase calls cover the six families
    "long_hold_s": (34.0, 42.0),
    "extra_holds_max": 1,
    "unannounced_s": (11.0, 20.0),
    "duration_s": (60.0, 160.0),
}

# Set 6: 12 calls, missing_hold_thanks planned as a kind of its own (an announced hold resumed
# without thanks, besides those after unannounced holds), so nine kinds in >= 2 calls each, two
# per defect call; four taboo lines per forbidden_phrase call (two calls cover the seven
# families); other pacing than set 5: slower agents, faster customers, brisker turn-taking,
# agents who think 3-4.6 s before some answers, later customer starts when the agent talks first.
BLIND6_DEFAULTS = {
    **BLIND5_DEFAULTS,
    "n_agents": len(blind6_text.HO_DOMAINS_LIST),
    "kinds": [*G.DEFECT_KINDS, "missing_hold_thanks"],
    "taboo_lines": 4,
    "agent_cpm": (195.0, 265.0),   # calibrated pace; fast turns stay 360-480 (>= 1.36x)
    "cust_cpm": (230.0, 300.0),
    "pause_scale_range": (0.6, 1.2),
    "noise_db_range": (-60.0, -47.0),
    "music_prob": 0.6,
    "bc_prob": 0.8,
    "cust_filler_prob": 0.2,
    "think_prob": 0.4,
    "think_pause_s": (3.0, 4.6),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "early_lead_s": (0.5, 1.1),
    "long_hold_s": (33.0, 45.0),
    "unannounced_s": (12.0, 20.0),
}

# Set 8: the nine kinds of set 6, filler in four calls (two more than per_kind, hence two calls
# with a third kind) with two or three tics each; other pacing than sets 5 and 6: agents a little
# faster than set 6's, customers slower than the agents with longer turns and more 嗯/呃/啊 of
# their own, slower turn-taking, shorter thinking pauses, longer long holds and unannounced holds.
BLIND8_DEFAULTS = {
    **BLIND6_DEFAULTS,
    "n_agents": len(blind8_text.HO_DOMAINS_LIST),
    "extra_kind_calls": ["filler", "filler"],
    "third_frac": 0.23,            # round(0.23 * 9 defect calls) = 2 calls with three kinds
    "filler_tics": (2, 2, 3),      # tics per filler call: four calls give >= 8
    "filler_prob": 0.6,            # a tic in an eligible agent turn (0.3 left 8 of 9 in the last third)
    "extra_holds_three_kinds": 0,  # no short hold besides the planned ones: such calls ran past 160 s
    "agent_cpm": (215.0, 275.0),   # fast turns stay 360-480 (>= 1.3x)
    "cust_cpm": (185.0, 245.0),
    "pause_scale_range": (0.85, 1.45),
    "noise_db_range": (-58.0, -46.0),
    "music_prob": 0.45,
    "bc_prob": 0.85,
    "cust_filler_prob": 0.3,
    "think_prob": 0.35,
    "think_pause_s": (2.6, 4.4),
    "early_lead_s": (0.4, 1.0),
    "long_hold_s": (36.0, 50.0),
    "unannounced_s": (14.0, 24.0),
}

# Set 10: the plan of set 8 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics each);
# other pacing than sets 5, 6 and 8: agents between set 6's and set 8's speed, customers faster
# than the agents (and than any earlier set's) in longer turns, more agent backchannels and
# customer 嗯/呃/啊, a shorter customer lead in agent-first interruptions, thinking
# pauses more often, long holds 34-46 s and unannounced holds 13-22 s.
BLIND10_DEFAULTS = {
    **BLIND8_DEFAULTS,
    "n_agents": len(blind10_text.HO_DOMAINS_LIST),
    "agent_cpm": (225.0, 270.0),   # fast turns stay 360-480 (>= 1.33x)
    "cust_cpm": (255.0, 315.0),
    "pause_scale_range": (0.7, 1.3),
    "noise_db_range": (-62.0, -50.0),   # -44 dBFS drowned the soft last syllable of a turn (--check edges)
    "music_prob": 0.55,
    "bc_prob": 0.9,
    "cbc_prob": 0.55,
    "cust_filler_prob": 0.35,
    "think_prob": 0.6,             # set 8's calls reached no thinking pause: more of them
    "think_pause_s": (2.6, 4.2),
    "early_lead_s": (0.35, 0.8),
    "long_hold_s": (34.0, 46.0),
    "unannounced_s": (13.0, 22.0),
}

# Set 11: the plan of sets 8 and 10 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10: slower agents (fast turns >= 1.44x apart),
# customers about as fast as the agents in long turns, slower turn-taking, thinking pauses
# 3.2-4.6 s, the customer 0.6-1.3 s behind in agent-first interruptions, long holds 37-52 s and
# unannounced holds 16-25 s.
BLIND11_DEFAULTS = {
    **BLIND10_DEFAULTS,
    "n_agents": len(blind11_text.HO_DOMAINS_LIST),
    "agent_cpm": (200.0, 250.0),   # fast turns stay 360-480 (>= 1.44x)
    "cust_cpm": (215.0, 280.0),
    "pause_scale_range": (0.9, 1.5),
    "noise_db_range": (-61.0, -51.0),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.5,
    "bc_prob": 0.85,
    "cbc_prob": 0.6,
    "cust_filler_prob": 0.4,
    "think_prob": 0.5,
    "think_pause_s": (3.2, 4.6),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "early_lead_s": (0.6, 1.3),
    "long_hold_s": (37.0, 52.0),
    "unannounced_s": (16.0, 25.0),
}

# Set 12: the plan of sets 8, 10 and 11 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8, 10 and 11: brisk agents in a narrow band (fast
# turns >= 1.36x apart), customers slower than any earlier set's who more often explain at length
# (long opening turns), quicker turn-taking, calls up to 170 s, fewer holds with music, shorter thinking pauses,
# the customer 0.45-1.05 s behind in agent-first interruptions, long holds 35-48 s and
# unannounced holds 15-23 s.
BLIND12_DEFAULTS = {
    **BLIND11_DEFAULTS,
    "n_agents": len(blind12_text.HO_DOMAINS_LIST),
    "agent_cpm": (235.0, 265.0),   # fast turns stay 360-480 (>= 1.36x)
    "cust_cpm": (180.0, 230.0),
    "cust_detail_prob": 0.7,       # the caller explains before asking (heldout: 0.5)
    "pause_scale_range": (0.7, 1.1),
    "noise_db_range": (-60.0, -50.0),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.4,
    "bc_prob": 0.9,
    "cbc_prob": 0.5,
    "cust_filler_prob": 0.45,
    "think_prob": 0.45,
    "think_pause_s": (2.8, 4.0),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "early_lead_s": (0.45, 1.05),
    "long_hold_s": (35.0, 48.0),
    "unannounced_s": (15.0, 23.0),
    # slow customers lengthen every exchange: a long hold with four taboo exchanges ran to 165 s
    "duration_s": (60.0, 170.0),
}

# Set 13: the plan of sets 8, 10, 11 and 12 (nine kinds in >= 2 calls, filler in four calls with
# 2-3 tics each); other pacing than sets 5, 6, 8, 10, 11 and 12: unhurried agents, slower than any
# earlier set's (fast turns >= 1.63x apart), and quick, terse customers, faster than any earlier
# set's, who seldom explain at length, jump in sooner (quicker turn-taking than any set) and cut
# in 0.25-0.7 s after the agent starts in agent-first interruptions; the widest line-noise range
# yet (-66...-48 dBFS: 18 dB, quieter at the bottom, no louder than set 6's top), music on most
# holds, longer thinking pauses 3.4-4.5 s before more answers (look-alike answers too: new option
# think_lookalikes), more customer backchannels and 嗯/呃/啊, long holds 38-47 s and unannounced
# holds 14-21 s.
BLIND13_DEFAULTS = {
    **BLIND12_DEFAULTS,
    "n_agents": len(blind13_text.HO_DOMAINS_LIST),
    "agent_cpm": (185.0, 220.0),   # fast turns stay 360-480 (>= 1.63x)
    "cust_cpm": (265.0, 325.0),
    "cust_detail_prob": 0.3,       # terse callers: a long explanation in fewer openings (heldout: 0.5)
    "pause_scale_range": (0.6, 1.0),
    "noise_db_range": (-66.0, -48.0),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.65,
    "bc_prob": 0.75,
    "cbc_prob": 0.65,
    "cust_filler_prob": 0.5,
    "think_prob": 0.55,
    "think_pause_s": (3.4, 4.5),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    # ... also before look-alike answers: a trial of this set, slow agents' calls long enough before
    # any small talk, reached no thinking pause in 12 calls
    "think_lookalikes": True,
    "early_lead_s": (0.25, 0.7),
    "long_hold_s": (38.0, 47.0),
    "unannounced_s": (14.0, 21.0),
    # slow agents lengthen every agent turn (set 12's bound was 170 s with brisk agents)
    "duration_s": (60.0, 180.0),
}

# Set 14: the plan of sets 8 and 10-13 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8, 10, 11, 12 and 13: mixed-pace centres, the widest
# spread of agent rates yet (190-275 字/分, 85 wide: some agents unhurried, some brisk; fast turns
# still >= 1.31x the fastest agent) and of customer rates (195-300, 105 wide), the slowest
# turn-taking yet (pause scale 0.85-1.6), customers who cut in late in agent-first
# interruptions (0.8-1.4 s behind), mostly silent holds (music on 30%, the fewest yet), the
# longest long holds (42-56 s) and unannounced holds 18-26 s, fewer and shorter thinking pauses
# (2.4-3.6 s before 30% of answers), more customer backchannels in agent turns (0.7) and fewer
# customer 嗯/呃/啊 (0.25), more mild fast turns (360-390 字/分 in 55% of fast calls), and a
# narrow line-noise band near the top of the range (-57...-49 dBFS: never louder than -48).
BLIND14_DEFAULTS = {
    **BLIND13_DEFAULTS,
    "n_agents": len(blind14_text.HO_DOMAINS_LIST),
    "agent_cpm": (190.0, 275.0),   # fast turns stay 360-480 (>= 1.31x)
    "cust_cpm": (195.0, 300.0),
    "cust_detail_prob": 0.55,
    "pause_scale_range": (0.85, 1.6),
    "noise_db_range": (-57.0, -49.0),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.3,
    "mild_fast_prob": 0.55,
    "bc_prob": 0.8,
    "cbc_prob": 0.7,
    "cust_filler_prob": 0.25,
    "think_prob": 0.3,
    "think_pause_s": (2.4, 3.6),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.8, 1.4),
    "long_hold_s": (42.0, 56.0),
    "unannounced_s": (18.0, 26.0),
    # long silent holds and slow turn-taking lengthen the calls
    "duration_s": (60.0, 185.0),
}

# Set 15: the plan of sets 8 and 10-14 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8, 10, 11, 12, 13 and 14: "the calm line": calm agents,
# slower than any earlier set's (178-208 字/分; fast turns >= 1.73x the fastest agent) who
# backchannel more than any (0.95), facing very fast callers, faster than any earlier set's
# (280-335), with more 嗯/呃/啊 of their own (0.55) who cut in sooner than in any set in
# agent-first interruptions (0.2-0.55 s behind); long holds only a little over 30 s
# (33.5-39.5 s: the shortest top of any set, never within 3 s of 30 s) and unannounced holds
# 13.5-18.5 s, music on most holds (0.8, the most yet), medium turn-taking (pause scale
# 0.75-1.15), thinking pauses 2.8-3.8 s before 45% of answers (look-alikes too), fewer mild fast
# turns (30% of fast calls), and a quiet line-noise band (-64...-52 dBFS, never louder than -48).
BLIND15_DEFAULTS = {
    **BLIND14_DEFAULTS,
    "n_agents": len(blind15_text.HO_DOMAINS_LIST),
    "agent_cpm": (178.0, 208.0),   # fast turns stay 360-480 (>= 1.73x)
    "cust_cpm": (280.0, 335.0),
    "cust_detail_prob": 0.6,
    "pause_scale_range": (0.75, 1.15),
    "noise_db_range": (-64.0, -52.0),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.8,
    "mild_fast_prob": 0.3,
    "bc_prob": 0.95,
    "cbc_prob": 0.4,
    "cust_filler_prob": 0.55,
    "think_prob": 0.45,
    "think_pause_s": (2.8, 3.8),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.2, 0.55),
    "long_hold_s": (33.5, 39.5),
    "unannounced_s": (13.5, 18.5),
    # slow agents lengthen every agent turn; short long holds and fast callers shorten the calls
    "duration_s": (60.0, 180.0),
}

# Set 16: the plan of sets 8 and 10-15 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8, 10, 11, 12, 13, 14 and 15: "the elderly callers'
# line": slow, often elderly callers, slower than any earlier set's (155-195 字/分), who explain
# at length in most openings (0.8, the most yet), carry more 嗯/呃/啊 of their own (0.6, the most)
# and cut in later than in any set in agent-first interruptions (0.9-1.5 s behind), facing
# steady agents (228-262 字/分; fast turns >= 1.37x the fastest agent, 45% of fast calls at the
# mild 360-390); the slowest turn-taking at its bottom (pause scale 1.0-1.55: no call brisk),
# few and short thinking pauses (2.2-3.0 s before 25% of answers, look-alikes too), customer
# backchannels in 75% of long agent turns (the most yet), agent backchannels in 85% of long caller
# turns; mostly silent holds (music on 20%, the fewest yet), the longest holds of any set (long
# ones 45-60 s, unannounced ones 20-28 s), and a quiet line-noise band (-62...-53 dBFS, never
# louder than -48).
BLIND16_DEFAULTS = {
    **BLIND15_DEFAULTS,
    "n_agents": len(blind16_text.HO_DOMAINS_LIST),
    "agent_cpm": (228.0, 262.0),   # fast turns stay 360-480 (>= 1.37x)
    "cust_cpm": (155.0, 195.0),
    "cust_detail_prob": 0.8,
    "pause_scale_range": (1.0, 1.55),
    "noise_db_range": (-62.0, -53.0),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.2,
    "mild_fast_prob": 0.45,
    "bc_prob": 0.85,
    "cbc_prob": 0.75,
    "cust_filler_prob": 0.6,
    "think_prob": 0.25,
    "think_pause_s": (2.2, 3.0),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.9, 1.5),
    "long_hold_s": (45.0, 60.0),
    "unannounced_s": (20.0, 28.0),
    # slow callers, slow turn-taking and the longest holds lengthen the calls
    "duration_s": (60.0, 220.0),
}

# Set 17: the plan of sets 8 and 10-16 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-16: "the brisk young line": young, brisk
# callers (245-305 字/分) who seldom explain at length (0.35 of openings) and carry few 嗯/呃/啊 of
# their own (0.15, the fewest of sets 6-16), facing brisk agents who mix polite and colloquial
# words (240-272 字/分; fast turns >= 1.32x the fastest agent, 50% of fast calls at the mild
# 360-390); the quickest turn-taking of any set (pause scale 0.5-0.85: turns follow each other
# closely, the lowest bottom and top yet), callers who cut in 0.3-0.65 s behind in agent-first
# interruptions, fewer backchannels (agents' in 70% of long caller turns, the fewest yet;
# callers' in 50% of long agent turns), thinking pauses 2.3-3.3 s before 35% of answers
# (look-alikes too), holds of middling length (long ones 34-44 s, unannounced ones 12.5-19.5 s)
# with music on half, and line noise -58...-48.5 dBFS (never louder than -48).
BLIND17_DEFAULTS = {
    **BLIND16_DEFAULTS,
    "n_agents": len(blind17_text.HO_DOMAINS_LIST),
    "agent_cpm": (240.0, 272.0),   # fast turns stay 360-480 (>= 1.32x)
    "cust_cpm": (245.0, 305.0),
    "cust_detail_prob": 0.35,
    "pause_scale_range": (0.5, 0.85),
    "noise_db_range": (-58.0, -48.5),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.5,
    "mild_fast_prob": 0.5,
    "bc_prob": 0.7,
    "cbc_prob": 0.5,
    "cust_filler_prob": 0.15,
    "think_prob": 0.35,
    "think_pause_s": (2.3, 3.3),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.3, 0.65),
    "long_hold_s": (34.0, 44.0),
    "unannounced_s": (12.5, 19.5),
    # brisk speakers and quick turn-taking shorten the calls
    "duration_s": (60.0, 170.0),
}

# Set 18: the plan of sets 8 and 10-17 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-17: "the anxious caller": middle-aged agents
# with an even, moderate pace in a narrow band (205-235 字/分; fast turns >= 1.53x the fastest
# agent, 40% of fast calls at the mild 360-390), anxious callers from the south with slower,
# softer speech (190-228 字/分) who ask many short questions and seldom explain at length (0.25 of
# openings, the fewest yet) and cut in early in agent-first interruptions (0.25-0.6 s behind),
# fairly quick turn-taking (pause scale 0.65-1.05), agent backchannels in 80% of long caller
# turns, callers' in 45% of long agent turns, callers' own 嗯/呃/啊 in 40% of turns, thinking
# pauses 2.5-3.5 s before 40% of answers (look-alikes too), holds close to a typical code's
# limits (long ones 31.5-40 s, just over the 30 s of the codes; unannounced ones 10.5-16 s), no
# hold music (every hold silent: the first set with none), and a quiet line hum (-63...-50 dBFS,
# never louder than -50).
BLIND18_DEFAULTS = {
    **BLIND17_DEFAULTS,
    "n_agents": len(blind18_text.HO_DOMAINS_LIST),
    "agent_cpm": (205.0, 235.0),   # fast turns stay 360-480 (>= 1.53x)
    "cust_cpm": (190.0, 228.0),
    "cust_detail_prob": 0.25,
    "pause_scale_range": (0.65, 1.05),
    "noise_db_range": (-63.0, -50.0),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.0,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.8,
    "cbc_prob": 0.45,
    "cust_filler_prob": 0.4,
    "think_prob": 0.4,
    "think_pause_s": (2.5, 3.5),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.25, 0.6),
    "long_hold_s": (31.5, 40.0),
    "unannounced_s": (10.5, 16.0),
    # slow callers lengthen every exchange: a call with an unannounced hold and four taboo
    # exchanges ran to 185 s against a first bound of 175 (Y0007 remade with this one)
    "duration_s": (60.0, 190.0),
}

# Set 19: the plan of sets 8 and 10-18 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-18: "the busy evening shift": tired agents at
# the end of a long day, a little quicker than a careful pace and uneven between them (218-258
# 字/分; fast turns >= 1.39x the fastest agent, 60% of fast calls only at the mild 360-390, the
# most yet: a tired agent's hurry more often than a real rush), callers of all ages after work,
# from slow elderly to quick office workers (170-290 字/分, 120 wide: the widest spread of caller
# rates yet), half of whom explain at length (0.5), middling turn-taking (pause scale 0.8-1.35),
# agents who backchannel while the caller explains (0.92 of long caller turns), few caller
# backchannels (0.3 of long agent turns, the fewest yet), callers' own 嗯/呃/啊 in 45% of turns,
# tired thinking pauses 2.7-3.9 s before half the answers (look-alikes too), callers 0.5-0.95 s
# behind in agent-first interruptions, holds mostly long (long ones 40-58 s) with music on a
# third, short unannounced holds (11-14 s: the narrowest band of any set), and a louder line
# (-55...-46.5 dBFS: the loudest floor of any set, the top kept under set 10's -44 that drowned
# soft turn ends).
BLIND19_DEFAULTS = {
    **BLIND18_DEFAULTS,
    "n_agents": len(blind19_text.HO_DOMAINS_LIST),
    "agent_cpm": (218.0, 258.0),   # fast turns stay 360-480 (>= 1.39x)
    "cust_cpm": (170.0, 290.0),
    "cust_detail_prob": 0.5,
    "pause_scale_range": (0.8, 1.35),
    "noise_db_range": (-55.0, -46.5),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.35,
    "mild_fast_prob": 0.6,
    "bc_prob": 0.92,
    "cbc_prob": 0.3,
    "cust_filler_prob": 0.45,
    "think_prob": 0.5,
    "think_pause_s": (2.7, 3.9),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.5, 0.95),
    "long_hold_s": (40.0, 58.0),
    "unannounced_s": (11.0, 14.0),
    # long holds, slow elderly callers and tired thinking pauses lengthen the calls
    "duration_s": (60.0, 215.0),
}

# Set 20: the plan of sets 8 and 10-19 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-19: "the polite morning": calm, rested agents
# who speak in long, formal sentences (200-240 字/分; fast turns >= 1.5x the fastest agent, half of
# fast calls only at the mild 360-390), callers who answer in very short turns at an ordinary
# pace (200-250 字/分) and seldom explain at length (0.2: the fewest yet), unhurried turn-taking
# (pause scale 0.95-1.4), few backchannels on either side (agents in 0.6 of long caller turns,
# callers in 0.25 of long agent turns: both the fewest yet), callers' own 嗯/呃/啊 in 30% of turns,
# short thinking pauses 2.6-3.4 s before a third of the answers (look-alikes too), callers
# 0.55-1.0 s behind in agent-first interruptions, holds of middling length (long ones 32-45 s,
# unannounced ones 11-18 s) with music on half of them, and a quiet line (-67...-55.5 dBFS: the
# lowest floor and the quietest top of any set).
BLIND20_DEFAULTS = {
    **BLIND19_DEFAULTS,
    "n_agents": len(blind20_text.HO_DOMAINS_LIST),
    "agent_cpm": (200.0, 240.0),   # fast turns stay 360-480 (>= 1.5x)
    "cust_cpm": (200.0, 250.0),
    "cust_detail_prob": 0.2,
    "pause_scale_range": (0.95, 1.4),
    "noise_db_range": (-67.0, -55.5),   # set 10: -44 dBFS drowned soft turn ends
    "music_prob": 0.5,
    "mild_fast_prob": 0.5,
    "bc_prob": 0.6,
    "cbc_prob": 0.25,
    "cust_filler_prob": 0.3,
    "think_prob": 0.33,
    "think_pause_s": (2.6, 3.4),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.55, 1.0),
    "long_hold_s": (32.0, 45.0),
    "unannounced_s": (11.0, 18.0),
    # long formal agent sentences and middling holds; short caller turns keep calls from running long
    "duration_s": (60.0, 200.0),
}

# Set 21: the plan of sets 8 and 10-20 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-20: "the busy lunchtime": brisk agents who keep
# their sentences short (230-264 字/分; fast turns >= 1.36x the fastest agent, 45% of fast calls
# only at the mild 360-390), callers who talk in long run-on turns (long explanations in 0.85 of
# calls: the most yet) at a quick-ish pace (220-285 字/分), tight turn-taking (pause scale
# 0.55-0.9: callers come in right behind the agent), many backchannels on both sides (agents in
# 0.97 of long caller turns, callers in 0.8 of long agent turns: both the most yet), callers' own
# 嗯/呃/啊 in half their turns, few and short thinking pauses (2.3-3.0 s before a quarter of the
# answers, look-alikes too), callers only 0.35-0.7 s behind in agent-first interruptions (they
# start before the agent has finished), short holds (long ones 31-38 s, unannounced ones 10-14 s:
# 10 s is the generator's own floor for an unannounced hold) mostly without music (0.15), and an
# office hum behind the agent that never goes quiet (-54...-50 dBFS: the highest floor of any set;
# a first range of -53...-46 left the soft ends of quiet callers' turns under 6 dB above the hum
# in three of twelve calls, which --check flagged, so the set was remade with this one).
BLIND21_DEFAULTS = {
    **BLIND20_DEFAULTS,
    "n_agents": len(blind21_text.HO_DOMAINS_LIST),
    "agent_cpm": (230.0, 264.0),   # fast turns stay 360-480 (>= 1.36x)
    "cust_cpm": (220.0, 285.0),
    "cust_detail_prob": 0.85,
    "pause_scale_range": (0.55, 0.9),
    "noise_db_range": (-54.0, -50.0),   # -53...-46 left soft caller turn ends < 6 dB above the hum
    "music_prob": 0.15,
    "mild_fast_prob": 0.45,
    "bc_prob": 0.97,
    "cbc_prob": 0.8,
    "cust_filler_prob": 0.5,
    "think_prob": 0.25,
    "think_pause_s": (2.3, 3.0),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.35, 0.7),
    "long_hold_s": (31.0, 38.0),
    "unannounced_s": (10.0, 14.0),
    # long run-on caller turns lengthen the calls; short holds and tight turns shorten them
    "duration_s": (60.0, 210.0),
}

# Set 22: the plan of sets 8 and 10-21 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-21: "the evening shift": tired but polite
# agents (210-246 字/分; fast turns >= 1.46x the fastest agent, 55% of fast calls only at the mild
# 360-390) who leave long pauses before answers (thinking pauses 3.1-4.3 s before almost half the
# answers, look-alikes too: under the check's 5 s and dead air's 5.5 s), elderly or hard-of-hearing
# callers who speak slowly (165-212 字/分) and explain at length (0.65) with many 嗯/呃 of their own
# (0.55), unhurried turn-taking (pause scale 1.05-1.45), callers slow to cut in when the agent talks
# first (0.7-1.25 s), few caller backchannels (0.35: they listen hard) and agent ones in 0.8 of long
# caller turns, long holds (long ones 38-57 s, unannounced ones 15-24.5 s) with music on most (0.75)
# and a quiet but present line hiss (-60...-53 dBFS).  The generator has no echo effect, so the
# "cold line" is only in the callers' words (they mention an echo and a poor line).
BLIND22_DEFAULTS = {
    **BLIND21_DEFAULTS,
    "n_agents": len(blind22_text.HO_DOMAINS_LIST),
    "agent_cpm": (210.0, 246.0),   # fast turns stay 360-480 (>= 1.46x)
    "cust_cpm": (165.0, 212.0),
    "cust_detail_prob": 0.65,
    "pause_scale_range": (1.05, 1.45),
    "noise_db_range": (-60.0, -53.0),   # set 21: a floor over -50 left soft caller turn ends < 6 dB above it
    "music_prob": 0.75,
    "mild_fast_prob": 0.55,
    "bc_prob": 0.8,
    "cbc_prob": 0.35,
    "cust_filler_prob": 0.55,
    "think_prob": 0.45,
    "think_pause_s": (3.1, 4.3),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.7, 1.25),
    "long_hold_s": (38.0, 57.0),
    "unannounced_s": (15.0, 24.5),
    # slow callers, long thinking pauses and long holds lengthen the calls
    "duration_s": (60.0, 225.0),
}

# Set 23: the plan of sets 8 and 10-22 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-22: "the morning after a public holiday": a
# backlog of calls, brisk agents in a hurry (250-282 字/分: the fastest top of any set; fast turns
# >= 1.28x the fastest agent, only 35% of fast calls at the mild 360-390, so most fast turns stand
# well apart), irritated callers at a quick pace (235-298 字/分) who repeat what they already said
# (long explanations in 0.45 of calls) and cut in early when the agent talks first (0.22-0.5 s
# behind), quick turn-taking (pause scale 0.6-0.95), few backchannels from the hurried agents (0.5
# of long caller turns: the fewest of any set) and callers' in 0.4 of long agent turns, callers' own
# 嗯/呃/啊 in 35% of turns, few and short thinking pauses (2.1-2.8 s before 20% of the answers,
# look-alikes too), medium holds (long ones 33-43.5 s, unannounced ones 10.5-14.5 s: kept at the
# generator's 10 s floor, not under it) with music on half, and a busy office behind the agent
# (-58.5...-49.5 dBFS: the top under set 21's -50 floor that drowned soft caller turn ends only
# when it never went quieter).  The generator has no band-limiting effect beyond its 8 kHz line,
# so the "clipped line" is only in the callers' words (they could not get through).
BLIND23_DEFAULTS = {
    **BLIND22_DEFAULTS,
    "n_agents": len(blind23_text.HO_DOMAINS_LIST),
    "agent_cpm": (250.0, 282.0),   # fast turns stay 360-480 (>= 1.28x)
    "cust_cpm": (235.0, 298.0),
    "cust_detail_prob": 0.45,
    "pause_scale_range": (0.6, 0.95),
    "noise_db_range": (-58.5, -49.5),   # set 21: a floor over -50 left soft caller turn ends < 6 dB above it
    "music_prob": 0.5,
    "mild_fast_prob": 0.35,
    "bc_prob": 0.5,
    "cbc_prob": 0.4,
    "cust_filler_prob": 0.35,
    "think_prob": 0.2,
    "think_pause_s": (2.1, 2.8),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.22, 0.5),
    "long_hold_s": (33.0, 43.5),
    "unannounced_s": (10.5, 14.5),
    # brisk speakers and quick turns shorten the calls; irritated repeats lengthen them
    "duration_s": (60.0, 190.0),
}

# Set 24: the plan of sets 8 and 10-23 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-23: "the night shift": few and sleepy agents
# who speak slowly (198-236 字/分; fast turns >= 1.52x the fastest agent, half of the fast calls
# only at the mild 360-390) and answer slowly (thinking pauses 2.9-4.1 s before half the answers,
# look-alikes too: under the check's 5 s and dead air's 5.5 s), anxious callers with urgent problems
# who speak fast (268-318 字/分), explain what happened at length (0.55) with 嗯/呃 of their own
# (0.4) and cut in early when the agent talks first (0.28-0.6 s behind), unhurried turn-taking on
# the agent's side (pause scale 1.0-1.5), fewer agent backchannels (0.65 of long caller turns) and
# callers' in 0.45 of long agent turns, long holds (long ones 35.5-50 s, unannounced ones 12-19 s:
# one agent alone on the night desk has to look things up) with music on only a quarter, and a
# very quiet line with a faint hum (-69...-58.5 dBFS: the quietest of any set).
BLIND24_DEFAULTS = {
    **BLIND23_DEFAULTS,
    "n_agents": len(blind24_text.HO_DOMAINS_LIST),
    "agent_cpm": (198.0, 236.0),   # fast turns stay 360-480 (>= 1.52x)
    "cust_cpm": (268.0, 318.0),
    "cust_detail_prob": 0.55,
    "pause_scale_range": (1.0, 1.5),
    "noise_db_range": (-69.0, -58.5),
    "music_prob": 0.25,
    "mild_fast_prob": 0.5,
    "bc_prob": 0.65,
    "cbc_prob": 0.45,
    "cust_filler_prob": 0.4,
    "think_prob": 0.5,
    "think_pause_s": (2.9, 4.1),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.28, 0.6),
    "long_hold_s": (35.5, 50.0),
    "unannounced_s": (12.0, 19.0),
    # slow agents, thinking pauses and long holds lengthen the calls; fast callers shorten them
    "duration_s": (60.0, 205.0),
}

# Set 25: the plan of sets 8 and 10-24 (nine kinds in >= 2 calls, filler in four calls with 2-3
# tics each); other pacing than sets 5, 6, 8 and 10-24: "the end-of-month rush": brisk, efficient
# agents who read their scripts a little too fast (240-275 字/分; fast turns >= 1.31x the fastest
# agent, 40% of fast calls only at the mild 360-390), terse and precise business callers (225-268
# 字/分) who seldom explain at length (0.3) and have few 嗯/呃 of their own (0.3), short turns and
# quick turn-taking (pause scale 0.62-0.92), many read-backs of details (0.9 of the chances: the
# most of any set), few and the shortest thinking pauses of any set (2.0-2.6 s before 20% of the
# answers, look-alikes too), callers 0.3-0.6 s behind in agent-first interruptions, agent
# backchannels in 0.7 of long caller turns and callers' in only 0.3 of long agent turns (busy
# people listen and wait), holds of medium length (long ones 31-42 s, unannounced ones 10-16 s:
# at the generator's 10 s floor, not under it) with music on most (0.85: the most of any set), and
# a slightly noisy line (-56.5...-49 dBFS: never louder than -48, the floor under set 21's -50
# that drowned soft caller turn ends only when it never went quieter).
BLIND25_DEFAULTS = {
    **BLIND24_DEFAULTS,
    "n_agents": len(blind25_text.HO_DOMAINS_LIST),
    "agent_cpm": (240.0, 275.0),   # fast turns stay 360-480 (>= 1.31x)
    "cust_cpm": (225.0, 268.0),
    "cust_detail_prob": 0.3,
    "pause_scale_range": (0.62, 0.92),
    "noise_db_range": (-56.5, -49.0),   # set 21: a floor over -50 left soft caller turn ends < 6 dB above it
    "music_prob": 0.85,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.7,
    "cbc_prob": 0.3,
    "cust_filler_prob": 0.3,
    "readback_prob": 0.9,
    "think_prob": 0.2,
    "think_pause_s": (2.0, 2.6),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.3, 0.6),
    "long_hold_s": (31.0, 42.0),
    "unannounced_s": (10.0, 16.0),
    # brisk speakers, terse callers and short turns shorten the calls; read-backs lengthen them
    "duration_s": (60.0, 180.0),
}

# Set 26: the plan of sets 8 and 10-25 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-25: "the holiday-season queue": warm, patient agents
# who over-explain at a slow-ish 215-250 字/分 (fast turns >= 1.44x the fastest agent, half of the
# fast calls only at the mild 360-390), elderly and chatty callers (172-222 字/分) who ramble and
# wander off topic (a detail on 0.9 of the openings: the most of any set) with many 嗯/呃/啊 of their
# own (0.65: the most of any set), long turns and unhurried turn-taking (pause scale 0.92-1.42),
# agent backchannels in 0.93 of long caller turns, callers' in 0.35 of long agent turns, the fewest
# read-backs of any set (0.25), many thinking pauses of 3.3-4.4 s (0.55, look-alikes too), elderly
# callers slow to cut in (0.62-1.15 s behind in agent-first interruptions), very long holds (long
# ones 41-59 s, unannounced ones 15.5-24 s) with music on about half (0.5), and a clean line with a
# low-level hum (-65.5...-56 dBFS).
BLIND26_DEFAULTS = {
    **BLIND25_DEFAULTS,
    "n_agents": len(blind26_text.HO_DOMAINS_LIST),
    "agent_cpm": (215.0, 250.0),   # fast turns stay 360-480 (>= 1.44x)
    "cust_cpm": (172.0, 222.0),
    "cust_detail_prob": 0.9,
    "pause_scale_range": (0.92, 1.42),
    "noise_db_range": (-65.5, -56.0),
    "music_prob": 0.5,
    "mild_fast_prob": 0.5,
    "bc_prob": 0.93,
    "cbc_prob": 0.35,
    "cust_filler_prob": 0.65,
    "readback_prob": 0.25,
    "think_prob": 0.55,
    "think_pause_s": (3.3, 4.4),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.62, 1.15),
    "long_hold_s": (41.0, 59.0),
    "unannounced_s": (15.5, 24.0),
    # slow callers who ramble, thinking pauses and very long holds lengthen the calls
    "duration_s": (60.0, 230.0),
}

# Set 27: the plan of sets 8 and 10-26 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-26: "the outsourced overflow desk": agents of an
# outsourcing partner who read a script they barely know, stiff and formal, at 236-266 字/分 (fast
# turns >= 1.35x the fastest agent, 45% of the fast calls only at the mild 360-390); their
# hesitations are the injected 嗯/啊/呃 of the four filler calls only (the script lines themselves
# never hesitate, so the labels stay true); polite but confused callers at 205-262 字/分 who
# sometimes explain how they were put through (0.4 of openings) with 嗯/呃/那个 of their own (0.45);
# a read-back of nearly every detail the script demands (0.8), agent backchannels in 0.78 of long
# caller turns (scripted, not chatty) and callers' in 0.55 of long agent turns, turn-taking a little
# delayed by the script (pause scale 0.78-1.22), thinking pauses while the agent searches the script
# (2.5-3.8 s before 0.4 of the answers, look-alikes too), callers 0.4-0.85 s behind in agent-first
# interruptions, many short holds to check the manual or a supervisor (long ones 31.5-38.5 s, just
# over a code's 30 s; unannounced ones 11-15 s) with music on most (0.7), and a line that crackles
# now and then (-61.5...-51.5 dBFS of line noise; the generator has no crackle effect, so the
# crackle is in the callers' and agents' words only).
BLIND27_DEFAULTS = {
    **BLIND26_DEFAULTS,
    "n_agents": len(blind27_text.HO_DOMAINS_LIST),
    "agent_cpm": (236.0, 266.0),   # fast turns stay 360-480 (>= 1.35x)
    "cust_cpm": (205.0, 262.0),
    "cust_detail_prob": 0.4,
    "pause_scale_range": (0.78, 1.22),
    "noise_db_range": (-61.5, -51.5),   # set 21: a floor over -50 left soft caller turn ends < 6 dB above it
    "music_prob": 0.7,
    "mild_fast_prob": 0.45,
    "bc_prob": 0.78,
    "cbc_prob": 0.55,
    "cust_filler_prob": 0.45,
    "readback_prob": 0.8,
    "think_prob": 0.4,
    "think_pause_s": (2.5, 3.8),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.4, 0.85),
    "long_hold_s": (31.5, 38.5),
    "unannounced_s": (11.0, 15.0),
    # read-backs and thinking pauses lengthen the calls; short holds and brisk agents shorten them.
    # A call with an unannounced hold, four taboo exchanges and a second hold ran to 199.8 s against
    # a first bound of 195 (L0004 remade with this one)
    "duration_s": (60.0, 210.0),
}

# Set 28: the plan of sets 8 and 10-27 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-27: "the VIP line": unhurried, very polite senior
# agents at 225-255 字/分 in long formal sentences (fast turns >= 1.41x the fastest agent, 40% of the
# fast calls only at the mild 360-390); their hesitations are the injected 嗯/啊/呃 of the four
# filler calls only; demanding, well-off callers who speak fast when annoyed (238-300 字/分), state
# their standing or impatience first in 0.6 of openings and ask for a manager, with few 嗯/呃 of
# their own (0.25); a formal read-back of most details (0.85), attentive agent backchannels in
# 0.88 of long caller turns and the callers' in only 0.3 of long agent turns (they do not
# backchannel, they wait or cut in), measured turn-taking (pause scale 0.88-1.32), a few thinking
# pauses of 2.2-3.2 s (0.25, look-alikes too), callers quick to cut in when the agent talks first
# (0.28-0.55 s behind), long holds while a manager is consulted (long ones 33.5-44.5 s, unannounced
# ones 12-18 s) with music on every hold (1.0), and a very clean line (-70...-60 dBFS).
BLIND28_DEFAULTS = {
    **BLIND27_DEFAULTS,
    "n_agents": len(blind28_text.HO_DOMAINS_LIST),
    "agent_cpm": (225.0, 255.0),   # fast turns stay 360-480 (>= 1.41x)
    "cust_cpm": (238.0, 300.0),
    "cust_detail_prob": 0.6,
    "pause_scale_range": (0.88, 1.32),
    "noise_db_range": (-70.0, -60.0),
    "music_prob": 1.0,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.88,
    "cbc_prob": 0.3,
    "cust_filler_prob": 0.25,
    "readback_prob": 0.85,
    "think_prob": 0.25,
    "think_pause_s": (2.2, 3.2),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.28, 0.55),
    "long_hold_s": (33.5, 44.5),
    "unannounced_s": (12.0, 18.0),
    # long formal sentences, read-backs and long holds lengthen the calls; fast callers shorten them
    "duration_s": (60.0, 225.0),
}

# Set 29: the plan of sets 8 and 10-28 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-28: "the skeleton shift": a thin on-duty crew at the
# end of a long shift (the words stay clock-neutral: the generator stamps calls 08:30-20:30).  Tired
# agents in short, plain sentences at 244-278 字/分 (fast turns >= 1.29x the fastest agent, half of
# the fast calls only at the mild 360-390); their hesitations are the injected 嗯/啊/呃 of the four
# filler calls only; sleepy, slow callers (158-204 字/分: among the slowest of any set) who apologise
# for the hour or their voice in half the openings (0.5) and say 嗯/呃 of their own often (0.55);
# read-backs in only half the calls (0.5: tired agents skip them), agents who backchannel in nearly
# every long caller turn (0.95) and callers who seldom do (0.35), slow turn-taking (pause scale
# 1.1-1.6: the slowest band yet), thinking pauses of 2.7-3.6 s before 0.45 of the answers
# (look-alikes too), sleepy callers slow to cut in when the agent talks first (0.75-1.35 s behind),
# short holds while a resting colleague is fetched (long ones 31-36 s, just over a code's 30 s;
# unannounced ones 11-16 s) with music on half (0.5), and a faint mains hum on the line
# (-62.5...-54.5 dBFS of line noise; the generator's noise is broadband, so the hum is its level only).
BLIND29_DEFAULTS = {
    **BLIND28_DEFAULTS,
    "n_agents": len(blind29_text.HO_DOMAINS_LIST),
    "agent_cpm": (244.0, 278.0),   # fast turns stay 360-480 (>= 1.29x)
    "cust_cpm": (158.0, 204.0),
    "cust_detail_prob": 0.5,
    "pause_scale_range": (1.1, 1.6),
    "noise_db_range": (-62.5, -54.5),   # set 21: a floor over -50 left soft caller turn ends < 6 dB above it
    "music_prob": 0.5,
    "mild_fast_prob": 0.5,
    "bc_prob": 0.95,
    "cbc_prob": 0.35,
    "cust_filler_prob": 0.55,
    "readback_prob": 0.5,
    "think_prob": 0.45,
    "think_pause_s": (2.7, 3.6),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.75, 1.35),
    "long_hold_s": (31.0, 36.0),
    "unannounced_s": (11.0, 16.0),
    # slow callers, slow turn-taking and thinking pauses lengthen the calls; short holds shorten them
    "duration_s": (60.0, 235.0),
}

# Set 30: the plan of sets 8 and 10-29 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-29: "the new-hire cohort": trainee agents in their
# first week who read the script word for word at 252-288 字/分 (the fastest agent band yet: nervous
# reading; fast turns >= 1.25x the fastest agent, and only a third of the fast calls at the mild
# 360-390, the rest 400-480); their hesitations are the injected 嗯/啊/呃 of the four filler calls
# only; impatient regular callers (262-322 字/分) who know the drill, say 嗯/呃 of their own seldom
# (0.2) and tell of being regulars in a third of the openings (0.35); read-backs by the script in
# nearly every call (0.9), eager trainees who backchannel in most long caller turns (0.9) and
# callers who seldom do (0.25), brisk turn-taking (pause scale 0.66-1.18), look-up pauses of
# 2.4-3.4 s before half the answers (0.5, look-alikes too), callers who cut in on the agent almost at
# once, with the answer before the question ends (0.16-0.42 s behind: the quickest yet), medium
# holds while the trainee asks a mentor (long ones 32-40 s; unannounced ones 12-17 s) with music on
# a third (0.33), and light office chatter under the agent (-59...-51 dBFS of line noise; the
# generator's noise is broadband, so the chatter is its level only).
BLIND30_DEFAULTS = {
    **BLIND29_DEFAULTS,
    "n_agents": len(blind30_text.HO_DOMAINS_LIST),
    "agent_cpm": (252.0, 288.0),   # fast turns stay 360-480 (>= 1.25x)
    "cust_cpm": (262.0, 322.0),
    "cust_detail_prob": 0.35,
    "pause_scale_range": (0.66, 1.18),
    "noise_db_range": (-59.0, -51.0),
    "music_prob": 0.33,
    "mild_fast_prob": 0.33,
    "bc_prob": 0.9,
    "cbc_prob": 0.25,
    "cust_filler_prob": 0.2,
    "readback_prob": 0.9,
    "think_prob": 0.5,
    "think_pause_s": (2.4, 3.4),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.16, 0.42),
    "long_hold_s": (32.0, 40.0),
    "unannounced_s": (12.0, 17.0),
    # fast agents and callers shorten the calls; read-backs, look-up pauses and holds lengthen them
    "duration_s": (60.0, 200.0),
}

# Set 31: the plan of sets 8 and 10-30 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-30: "the holiday-rush hotline": brisk, cheerful agents
# in the festival peak at 246-284 字/分 (fast turns >= 1.26x the fastest agent; two fifths of the fast
# calls at the mild 360-390, the rest 400-480, as an agent hurrying the closing under pressure);
# their hesitations are the injected 嗯/啊/呃 of the four filler calls only; stressed callers with
# last-minute bookings (248-312 字/分) who say the same thing twice in most openings (0.6) and say
# 嗯/呃 of their own now and then (0.4); read-backs in three calls of five (0.6: bookings are read
# back, but not always in the rush), agents who backchannel in most long caller turns (0.7) and
# callers who do now and then (0.3), quick turn-taking (pause scale 0.64-1.08), availability
# look-ups of 2.3-3.1 s before two answers in five (0.4, look-alikes too), callers who cut in soon
# (0.24-0.52 s behind), short holds while availability is checked (long ones 31-37 s; unannounced
# ones 11.5-15.5 s) with music on two thirds (0.67), and a busy call-centre murmur under the agent
# (-58.5...-50.5 dBFS of line noise; the generator's noise is broadband, so the murmur is its level
# only).
BLIND31_DEFAULTS = {
    **BLIND30_DEFAULTS,
    "n_agents": len(blind31_text.HO_DOMAINS_LIST),
    "agent_cpm": (246.0, 284.0),   # fast turns stay 360-480 (>= 1.26x)
    "cust_cpm": (248.0, 312.0),
    "cust_detail_prob": 0.6,
    "pause_scale_range": (0.64, 1.08),
    "noise_db_range": (-58.5, -50.5),
    "music_prob": 0.67,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.7,
    "cbc_prob": 0.3,
    "cust_filler_prob": 0.4,
    "readback_prob": 0.6,
    "think_prob": 0.4,
    "think_pause_s": (2.3, 3.1),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.24, 0.52),
    "long_hold_s": (31.0, 37.0),
    "unannounced_s": (11.5, 15.5),
    # brisk agents and callers shorten the calls; short holds keep them short
    "duration_s": (60.0, 195.0),
}

# Set 32: the plan of sets 8 and 10-31 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-31: "the overnight helpdesk": calm, unhurried night
# agents at 212-244 字/分 (fast turns >= 1.47x the fastest agent: bursts when an agent reads terms off
# at speed; half of the fast calls at the mild 360-390, the rest 400-480); their hesitations are the
# injected 嗯/啊/呃 of the four filler calls only; callers phoning from streets, trains and taxis
# (200-262 字/分) whose line drops for a moment and who say where they are in about half the
# openings (0.45), tired callers who say 嗯/呃 of their own often (0.5); read-backs in four calls of
# five (0.8: a line that drops makes agents read details back), agents who backchannel in most long
# caller turns (0.6) and callers who do now and then (0.35), slow night turn-taking (pause scale
# 0.96-1.46), long look-ups while the night systems are slow (3.2-4.5 s before more than half the
# answers, 0.55, look-alikes too), callers who cut in late (0.48-0.94 s behind), long holds while
# the slow systems and the day shift's handover book are searched (long ones 34.5-46.5 s; unannounced
# ones 12.5-16.5 s) with music on about a quarter (0.28), and a quiet server-fan hum under the agent
# (-64.5...-57.5 dBFS of line noise; the generator's noise is broadband, so the hum is its level
# only).
BLIND32_DEFAULTS = {
    **BLIND31_DEFAULTS,
    "n_agents": len(blind32_text.HO_DOMAINS_LIST),
    "agent_cpm": (212.0, 244.0),   # fast turns stay 360-480 (>= 1.47x)
    "cust_cpm": (200.0, 262.0),
    "cust_detail_prob": 0.45,
    "pause_scale_range": (0.96, 1.46),
    "noise_db_range": (-64.5, -57.5),
    "music_prob": 0.28,
    "mild_fast_prob": 0.5,
    "bc_prob": 0.6,
    "cbc_prob": 0.35,
    "cust_filler_prob": 0.5,
    "readback_prob": 0.8,
    "think_prob": 0.55,
    "think_pause_s": (3.2, 4.5),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.48, 0.94),
    "long_hold_s": (34.5, 46.5),
    "unannounced_s": (12.5, 16.5),
    # slow agents, look-ups and long holds lengthen the calls
    "duration_s": (60.0, 225.0),
}

# Set 33: the plan of sets 8 and 10-32 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-32: "the outsourced weekend shift": temp agents of an
# outsourcing firm at 242-276 字/分 who read the script a little off (the centre's name said twice in
# one opening; fast turns at 400-480, or the mild 360-390 in 0.45 of the fast calls: >= 1.30x the
# fastest agent); their hesitations are the injected 嗯/啊/呃 of the four filler calls only;
# weekend callers at home with children or a television in the background (182-248 字/分) who say
# so, or answer a question with a question, in about half the openings (0.5), and say 嗯/呃 of their
# own now and then (0.45); read-backs in two calls of three (0.65: noisy homes), agents who
# backchannel in about half the long caller turns (0.5: temps follow the script) and callers who do
# more often (0.45: half-listening), mid-paced turn-taking (pause scale 0.82-1.26), short look-ups on
# an unfamiliar system (2.4-3.5 s before 0.45 of the answers, look-alikes too), callers who cut in
# at a middling lead (0.36-0.78 s behind), medium holds while a supervisor is paged (long ones
# 31-39 s; unannounced ones 11-14.5 s) with music on half (0.5), and an office fridge's hum at the
# weekend under the agent (-66.5...-59.5 dBFS of line noise; the generator's noise is broadband, so
# the hum is its level only).
BLIND33_DEFAULTS = {
    **BLIND32_DEFAULTS,
    "n_agents": len(blind33_text.HO_DOMAINS_LIST),
    "agent_cpm": (242.0, 276.0),   # fast turns stay 360-480 (>= 1.30x)
    "cust_cpm": (182.0, 248.0),
    "cust_detail_prob": 0.5,
    "pause_scale_range": (0.82, 1.26),
    "noise_db_range": (-66.5, -59.5),
    "music_prob": 0.5,
    "mild_fast_prob": 0.45,
    "bc_prob": 0.5,
    "cbc_prob": 0.45,
    "cust_filler_prob": 0.45,
    "readback_prob": 0.65,
    "think_prob": 0.45,
    "think_pause_s": (2.4, 3.5),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.36, 0.78),
    "long_hold_s": (31.0, 39.0),
    "unannounced_s": (11.0, 14.5),
    "duration_s": (60.0, 205.0),
}

# Set 34: the plan of sets 8 and 10-33 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-33: "the holiday-peak overflow line": in the Golden
# Week rush back-office staff (accounts, warehouse, admin) are lent to the phones, polite but hurried
# at 226-250 字/分 (fast turns at 400-480, or the mild 360-390 in 0.4 of the fast calls: >= 1.44x the
# fastest agent), who now and then drop a part of the script (that is the missing_greeting /
# missing_closing kinds of the plan, nothing more); their hesitations are the injected 嗯/啊/呃 of
# the four filler calls only; callers who have queued and are impatient (244-304 字/分), who say so
# or say a thing twice in more than half the openings (0.55) and say 嗯/呃 of their own now and then
# (0.35); read-backs in about half the calls (0.5: no time to spare, but a noisy room), agents who
# backchannel in fewer long caller turns (0.45: one eye on the queue board) and callers who do more
# often (0.6: 对对 / 快说, hurrying the agent), quick turn-taking (pause scale 0.58-0.98), short
# look-ups in a back-office system the lent agent knows (2.0-2.7 s before 0.3 of the answers,
# look-alikes too), callers who cut in early (0.2-0.48 s behind), short holds while the queue
# clears (long ones 31-34.5 s, just past the norm's 30 s; unannounced ones 8.5-11 s) with no music
# (0.0: the overflow lines have no hold music), and a loud open-plan room under the agent
# (-53...-45.5 dBFS of line noise; the generator's noise is broadband, so the room is its level only).
BLIND34_DEFAULTS = {
    **BLIND33_DEFAULTS,
    "n_agents": len(blind34_text.HO_DOMAINS_LIST),
    "agent_cpm": (226.0, 250.0),   # fast turns stay 360-480 (>= 1.44x)
    "cust_cpm": (244.0, 304.0),
    "cust_detail_prob": 0.55,
    "pause_scale_range": (0.58, 0.98),
    "noise_db_range": (-53.0, -45.5),
    "music_prob": 0.0,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.45,
    "cbc_prob": 0.6,
    "cust_filler_prob": 0.35,
    "readback_prob": 0.5,
    "think_prob": 0.3,
    "think_pause_s": (2.0, 2.7),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.2, 0.48),
    "long_hold_s": (31.0, 34.5),
    "unannounced_s": (8.5, 11.0),
    # hurried agents and callers, short holds: short calls
    "duration_s": (60.0, 180.0),
}

# Set 35: the plan of sets 8 and 10-34 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-34: "the work-from-home remote line": agents who take
# the calls at home on a laptop softphone and a headset, soft-spoken and unhurried at 200-228 字/分
# (fast turns at 400-480, or the mild 360-390 in half of the fast calls: >= 1.57x the fastest
# agent); their hesitations are the injected 嗯/啊/呃 of the four filler calls only; callers who
# take their time (152-194 字/分, the slowest band of any set), who think aloud or ask the agent to
# slow down in a little under half the openings (0.4) and say 嗯/呃 of their own often (0.55);
# read-backs in most calls (0.7: a headset over a home network drops syllables), agents who
# backchannel in more long caller turns (0.6: soft 嗯 / 明白 to show the line is alive) and callers
# who seldom do (0.25: slow, thinking), slow turn-taking (pause scale 1.12-1.62: callers pause
# before they answer), look-ups over a slow home VPN (3.0-4.4 s before 0.4 of the answers,
# look-alikes too), callers who cut in late (0.58-1.12 s behind), longer holds while a colleague is
# reached by group-chat message (long ones 36-48 s; unannounced ones 12.5-17.5 s) with music on a
# third (0.33: the softphone's hold tone is often off), and a desk fan beside the agent's laptop
# (-63.5...-56.5 dBFS of line noise; the generator's noise is broadband, so the fan is its level only).
BLIND35_DEFAULTS = {
    **BLIND34_DEFAULTS,
    "n_agents": len(blind35_text.HO_DOMAINS_LIST),
    "agent_cpm": (200.0, 228.0),   # fast turns stay 360-480 (>= 1.57x)
    "cust_cpm": (152.0, 194.0),
    "cust_detail_prob": 0.4,
    "pause_scale_range": (1.12, 1.62),
    "noise_db_range": (-63.5, -56.5),
    "music_prob": 0.33,
    "mild_fast_prob": 0.5,
    "bc_prob": 0.6,
    "cbc_prob": 0.25,
    "cust_filler_prob": 0.55,
    "readback_prob": 0.7,
    "think_prob": 0.4,
    "think_pause_s": (3.0, 4.4),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.58, 1.12),
    "long_hold_s": (36.0, 48.0),
    "unannounced_s": (12.5, 17.5),
    # slow callers, slow look-ups and long holds lengthen the calls
    "duration_s": (60.0, 230.0),
}

# Set 36: the plan of sets 8 and 10-35 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-35: "the border-town tourist desk": a small shared desk
# in a border town, its window open onto a market street, staffed by locals who speak Putonghua with
# a light local colour at a brisk 234-260 字/分 (fast turns at 400-480, or the mild 360-390 in 0.45
# of the fast calls: >= 1.38x the fastest agent) and let slip a word of dialect (晓得, 莫急, 要得) in
# some clean lines; their hesitations are the injected 嗯/啊/呃 of the four filler calls only;
# callers are day trippers on the move who answer in short bursts (212-268 字/分), say where they are
# or that they are in a hurry in a little under half the openings (0.45) and say 嗯/呃 of their own
# fairly often (0.4); read-backs in most calls (0.6: the street is loud), agents who backchannel in
# many long caller turns (0.72: 晓得 / 要得) and callers who do in half the agent turns (0.5),
# brisk turn-taking (pause scale 0.68-1.12), short look-ups in a paper register (2.2-3.4 s before
# 0.35 of the answers, look-alikes too), callers who cut in very early (0.12-0.38 s behind), medium
# holds while a record is fetched from another office (long ones 32.5-40.5 s; unannounced ones
# 10-13 s) with music on two thirds (0.67), and a market street under the open window
# (-55.5...-48 dBFS of line noise; the generator's noise is broadband, so the street is its level only).
BLIND36_DEFAULTS = {
    **BLIND35_DEFAULTS,
    "n_agents": len(blind36_text.HO_DOMAINS_LIST),
    "agent_cpm": (234.0, 260.0),   # fast turns stay 360-480 (>= 1.38x)
    "cust_cpm": (212.0, 268.0),
    "cust_detail_prob": 0.45,
    "pause_scale_range": (0.68, 1.12),
    "noise_db_range": (-55.5, -48.0),
    "music_prob": 0.67,
    "mild_fast_prob": 0.45,
    "bc_prob": 0.72,
    "cbc_prob": 0.5,
    "cust_filler_prob": 0.4,
    "readback_prob": 0.6,
    "think_prob": 0.35,
    "think_pause_s": (2.2, 3.4),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.12, 0.38),
    "long_hold_s": (32.5, 40.5),
    "unannounced_s": (10.0, 13.0),
    # brisk agents and callers, medium holds
    "duration_s": (60.0, 200.0),
}

# Set 37: the plan of sets 8 and 10-36 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-36: "the northeast winter resort line, evening
# shift": one booking line for eight winter resorts, answered in a quiet office by patient,
# even-paced agents (205-228 字/分; fast turns at 400-480, or the mild 360-390 in 0.4 of the fast
# calls: >= 1.38x the fastest agent); many callers are elderly or book for elderly parents and speak
# slowly (150-190 字/分) with long pauses between the sentences of a turn (0.6-1.4 s:
# cust_pause_s, a new key), say who they book for in most openings (0.6), say 嗯/呃 of their
# own often (0.45) and ask to hear a read-back again (every read-back reply asks first; read-backs
# in half the calls: 0.5), or ask a time or date again / mishear one in the small talk; agents who
# backchannel in many long caller turns (0.65) and callers who do in fewer agent turns (0.4),
# unhurried turn-taking (pause scale 0.97-1.45), short looks at the booking sheet (1.9-3.3 s before
# 0.3 of the answers, look-alikes too), agents who start while a slow caller is still finishing
# (callers 0.42-0.78 s behind in agent-first interruptions), holds while the agent phones the resort
# (long ones 34.2-46 s; unannounced ones 11.2-15 s) with music on half (0.5), and an electric heater
# humming in the office (hum_db_range: a steady tone near 100 Hz with two weaker harmonics at
# -52...-46 dBFS RMS on the agent's channel, the office's; light broadband line noise under both
# channels at -60...-54.5 dBFS, so the callers' soft turn ends stay clear of it).
BLIND37_DEFAULTS = {
    **BLIND36_DEFAULTS,
    "n_agents": len(blind37_text.HO_DOMAINS_LIST),
    "agent_cpm": (205.0, 228.0),   # fast turns stay 360-480 (>= 1.38x)
    "cust_cpm": (150.0, 190.0),
    "cust_pause_s": (0.6, 1.4),    # elderly callers pause between the sentences of a turn
    "cust_detail_prob": 0.6,
    "pause_scale_range": (0.97, 1.45),
    "noise_db_range": (-60.0, -54.5),   # light broadband line noise on both channels ...
    "hum_db_range": (-52.0, -46.0),     # ... and the heater's steady ~100 Hz tone on the agent's (the only other new key)
    "music_prob": 0.5,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.65,
    "cbc_prob": 0.4,
    "cust_filler_prob": 0.45,
    "readback_prob": 0.5,
    "think_prob": 0.3,
    "think_pause_s": (1.9, 3.3),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.42, 0.78),
    "long_hold_s": (34.2, 46.0),
    "unannounced_s": (11.2, 15.0),
    # slow callers, patient agents, long holds: a special (a taboo line and its trigger and
    # reaction, a look-alike, a second hold) takes ~24 s, not the 14 s the planner counts by
    # default (at 14 and 70-210 s, two of twelve calls ran to 222-224 s); and a call with a
    # 34-46 s hold and four taboo exchanges back to back is ~224 s with callers this slow, so the
    # set's calls run to 230 s, not the 210 first meant
    "duration_s": (70.0, 230.0),
    "special_s": 24,
}

# Set 38: the plan of sets 8 and 10-37 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-37: "the Monday-morning city services line": one
# shared city line for eight centres, the queue long after the weekend; quick, businesslike agents
# (232-255 字/分; fast turns at 400-480, or the mild 360-390 in 0.4 of the fast calls: >= 1.38x the
# fastest agent) drawn from all eight Kokoro voices in turn; callers irritated by the wait who speak
# fast (215-260 字/分), complain first (the wait, the weekend: 0.5 of the openings), say 嗯/呃 of
# their own now and then (0.35) and talk over the agent early (0.15-0.45 s behind in agent-first
# interruptions); read-backs in 0.45 of the calls, agents who backchannel briefly (0.55) and
# callers who do in fewer agent turns (0.35), brisk turn-taking (pause scale 0.7-1.06), short looks
# at the schedule (1.6-2.8 s before 0.25 of the answers, look-alikes too), holds while the agent
# checks a schedule (long ones 31-37.8 s; unannounced ones 10-13.8 s) with music on two thirds (0.67),
# and a busy open office: other agents' voices faintly behind the agent (babble_db_range, a new
# key: six speech-band streams gated into phrases and syllables at -58...-50 dBFS RMS on the agent's
# channel) over light broadband line noise (-64...-57 dBFS on both channels).
BLIND38_DEFAULTS = {
    **BLIND36_DEFAULTS,
    "n_agents": len(blind38_text.HO_DOMAINS_LIST),
    "agent_cpm": (232.0, 255.0),   # fast turns stay 360-480 (>= 1.38x)
    "cust_cpm": (215.0, 260.0),
    "cust_detail_prob": 0.5,
    "pause_scale_range": (0.7, 1.06),
    "noise_db_range": (-64.0, -57.0),     # light broadband line noise on both channels ...
    "babble_db_range": (-58.0, -50.0),    # ... and other agents' murmur on the agent's (the only new key)
    "music_prob": 0.67,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.55,
    "cbc_prob": 0.35,
    "cust_filler_prob": 0.35,
    "readback_prob": 0.45,
    "think_prob": 0.25,
    "think_pause_s": (1.6, 2.8),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.15, 0.45),
    "long_hold_s": (31.0, 37.8),   # (31, 38) and (10, 14) were set 21's
    "unannounced_s": (10.0, 13.8),
    "duration_s": (60.0, 200.0),
}

# Set 39: the plan of sets 8 and 10-38 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-38: "the county farm-supply line on a bad connection":
# eight rural centres answered from a small county office; the agent's channel is heard poorly on
# purpose: a cheap headset (headset_band, a new key: a 4th-order band-pass over 300-3,400 Hz, and
# headset_tilt_db: a dull, muffled high shelf 6-10 dB down above ~1.2 kHz), the line breaking up
# (dropout_ms / dropout_turn_prob / dropouts_per_turn, new keys: 1-3 cuts of 30-120 ms in two
# thirds of the agent's turns, never over a labelled event nor in a sentence's first 0.8 s or
# last 0.5 s), G.711 mu-law on both channels as in every blind set, and a fan or generator humming
# on the agent's line (set 37's hum_db_range at -52...-44 dBFS); agents who speak softly and
# slurred at normal speed (195-225 字/分; fast turns at 400-480, or the mild 360-390 in 0.4 of the
# fast calls: >= 1.38x the fastest agent; quiet: the agent's speech peaks 4 dB lower than the
# other profiles draw it, agent_peak_db, a new key) drawn from all eight Kokoro voices in turn;
# older farmers who call slowly (150-188 字/分), pause between the sentences of a turn (0.5-1.1 s),
# repeat themselves (in the lines), say 嗯/呃 of their own often (0.45) and open with who they are
# or why it is urgent (0.55); agents who backchannel in many long caller turns (0.6) and callers
# who do in fewer agent turns (0.45), read-backs in half the calls (the line is bad: 0.5),
# unhurried turn-taking (pause scale 0.95-1.38), short looks at the stock book (1.8-3.0 s before
# 0.3 of the answers, look-alikes too), callers who cut in once the agent is well under way
# (0.32-0.68 s behind in agent-first interruptions), holds while the agent asks the warehouse
# (long ones 31-40 s; unannounced ones 9-14 s) with music on one third only (0.33; silence
# otherwise), line noise at -58...-51 dBFS, calls of 60-200 s.
BLIND39_DEFAULTS = {
    **BLIND37_DEFAULTS,
    "n_agents": len(blind39_text.HO_DOMAINS_LIST),
    "agent_cpm": (195.0, 225.0),   # fast turns stay 360-480 (>= 1.38x)
    "cust_cpm": (150.0, 188.0),    # (150, 190) was set 37's
    "cust_pause_s": (0.5, 1.1),
    "cust_detail_prob": 0.55,
    "pause_scale_range": (0.95, 1.38),
    "noise_db_range": (-58.0, -51.0),
    "hum_db_range": (-52.0, -44.0),          # a fan or a generator on the agent's line
    "headset_band": (300.0, 3400.0),         # a cheap headset ...
    "headset_tilt_db": (6.0, 10.0),          # ... dull and muffled
    "agent_peak_db": (-14.0, -8.0),          # soft-spoken agents (other profiles draw -10...-4)
    "dropout_ms": (30.0, 120.0),             # the line breaks up ...
    "dropout_turn_prob": 0.67,               # ... in two thirds of the agent's turns ...
    "dropouts_per_turn": (1, 3),             # ... 1-3 times each
    "music_prob": 0.33,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.6,
    "cbc_prob": 0.45,
    "cust_filler_prob": 0.45,
    "readback_prob": 0.5,
    "think_prob": 0.3,
    "think_pause_s": (1.8, 3.0),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.32, 0.68),
    "long_hold_s": (31.0, 40.0),
    "unannounced_s": (9.0, 14.0),
    "duration_s": (60.0, 200.0),
    "special_s": 24,               # slow callers: a taboo exchange takes longer (as set 37's)
}

# Set 40: the plan of sets 8 and 10-39 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-39: "the holiday-eve travel rebooking line": eight
# travel centres the night before a holiday; a line echo on a cheap hybrid (echo_db / echo_delay_ms /
# echo_band, new keys: the caller's voice comes back faintly on the agent's channel, 24-32 dB under
# the caller's peak, 60-180 ms late, band-limited to 300-2,800 Hz), G.711 mu-law on both channels as
# in every blind set, light office noise (set 38's babble_db_range, lower: -64...-56 dBFS); tired,
# hesitant agents at a moderate pace (205-235 字/分; fast turns at 400-480, or the mild 360-390 in
# 0.4 of the fast calls: >= 1.38x the fastest agent) drawn from all eight Kokoro voices in turn;
# anxious callers who speak quickly (225-262 字/分), ask several things at once, open with why it is
# urgent (0.6) and cut in; agents who backchannel (0.5) and callers who do (0.4), read-backs in half
# the calls (the echo blurs numbers: 0.5), brisk but uneven turn-taking (pause scale 0.76-1.18), the
# agent's hesitant looks at the screen (1.7-2.9 s before 0.35 of the answers, look-alikes too),
# callers who cut in early (0.24-0.56 s behind in agent-first interruptions), holds while the agent
# checks seat maps or stock (long ones 31-41.5 s; unannounced ones 8-14 s) with music on half (0.5;
# silence otherwise) and another phone ringing in the agent's room during some (ring_prob 0.4,
# ring_s / ring_db_range, new keys: a warbling ringer for 5-12 s at -50...-42 dBFS), line noise
# at -61...-55 dBFS, calls of 60-200 s.
BLIND40_DEFAULTS = {
    **BLIND36_DEFAULTS,
    "n_agents": len(blind40_text.HO_DOMAINS_LIST),
    "agent_cpm": (206.0, 235.0),   # fast turns stay 360-480 (>= 1.38x); (205, 235) was set 18's
    "cust_cpm": (225.0, 262.0),
    "cust_detail_prob": 0.6,
    "pause_scale_range": (0.76, 1.18),
    "noise_db_range": (-61.0, -55.0),
    "babble_db_range": (-64.0, -56.0),       # light office noise
    "echo_db": (-32.0, -24.0),               # the caller's voice back on the agent's channel ...
    "echo_delay_ms": (60.0, 180.0),          # ... late ...
    "echo_band": (300.0, 2800.0),            # ... and band-limited, as on a cheap hybrid
    "ring_prob": 0.4,                        # another phone rings during some holds ...
    "ring_s": (5.0, 12.0),
    "ring_db_range": (-50.0, -42.0),         # ... across the room
    "music_prob": 0.5,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.5,
    "cbc_prob": 0.4,
    "cust_filler_prob": 0.4,
    "readback_prob": 0.5,
    "think_prob": 0.35,
    "think_pause_s": (1.7, 2.9),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.24, 0.56),
    "long_hold_s": (31.0, 41.5),   # (31, 42) was set 25's
    "unannounced_s": (8.0, 14.0),
    "duration_s": (60.0, 200.0),
}

# Set 41: the plan of sets 8 and 10-40 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-40: "the storm-night repair dispatch line": eight
# repair and rental centres on the night of a rainstorm; callers outdoors on mobiles: rain on their
# channel (rain_db_range, a new key: a drifting 400-3,600 Hz hiss with drops near the phone, -57...-52
# dBFS RMS) and wind gusts buffeting the microphone (gust_db_range / gust_s / gust_gap_s, new keys:
# 40-300 Hz bursts of 0.6-2.4 s at -53...-46 dBFS RMS, 5-16 s apart, none over dead air or a
# caller's turn's start or end), the words well above both; the agent's headset has an automatic gain control that pumps (agc_swing_db /
# agc_period_s / agc_pause_rise_db / agc_release_s / agc_attack_s / agc_hiss_db, new keys: the level
# swings 1.8-4 dB peak to peak over 7-15 s, and in every pause the headset's own hiss rises 1.5-3.5 dB
# (time constant 0.8-1.6 s), settling in 0.15-0.35 s once the agent talks again); G.711 mu-law on
# both channels as in every blind set; agents calm but pressed by a queue at 214-252 字/分 (fast turns
# at 400-480, or the mild 360-390 in 0.4 of the fast calls: >= 1.42x the fastest agent) drawn from all
# eight Kokoro voices in turn; worried callers (226-266 字/分) who shout over the wind or say the same
# thing twice and open with what is wrong (0.55), agents who backchannel (0.55) and callers who do
# (0.35), read-backs in half the calls (0.5: the wind blurs numbers), brisk turn-taking (pause scale
# 0.79-1.21), short looks at the crew list (1.5-2.7 s before 0.3 of the answers, look-alikes too),
# callers 0.26-0.58 s behind in agent-first interruptions, holds while the agent checks which crew is
# free or phones a technician (long ones 32.8-40.8 s; unannounced ones 7.6-12.4 s) with music on 0.45
# of them, line noise at -63...-57.5 dBFS, calls of 60-200 s.
BLIND41_DEFAULTS = {
    **BLIND36_DEFAULTS,
    "n_agents": len(blind41_text.HO_DOMAINS_LIST),
    "agent_cpm": (214.0, 252.0),   # fast turns stay 360-480 (>= 1.42x)
    "cust_cpm": (226.0, 266.0),
    "cust_detail_prob": 0.55,
    "pause_scale_range": (0.79, 1.21),
    "noise_db_range": (-63.0, -57.5),
    "rain_db_range": (-57.0, -52.0),         # rain on the caller's mobile ...
    "gust_db_range": (-53.0, -46.0),         # ... and wind gusts buffeting its microphone
    "gust_s": (0.6, 2.4),
    "gust_gap_s": (5.0, 16.0),
    "agc_swing_db": (1.8, 4.0),              # the agent's headset AGC: a slow swing ...
    "agc_period_s": (7.0, 15.0),
    "agc_pause_rise_db": (1.5, 3.5),         # ... a rise in every pause ...
    "agc_release_s": (0.8, 1.6),
    "agc_attack_s": (0.15, 0.35),            # ... settling once the agent talks
    "agc_hiss_db": (-66.0, -62.0),           # the headset's own hiss, which the pumping lifts
    "music_prob": 0.45,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.55,
    "cbc_prob": 0.35,
    "cust_filler_prob": 0.4,
    "readback_prob": 0.5,
    "think_prob": 0.3,
    "think_pause_s": (1.5, 2.7),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.26, 0.58),
    "long_hold_s": (32.8, 40.8),
    "unannounced_s": (7.6, 12.4),
    "duration_s": (60.0, 200.0),
}

# Set 42: the plan of sets 8 and 10-41 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-41: "the cross-border shopping and returns line": eight
# centres (a parcel forwarder, an airport duty-free shop, an imported-books store, an imported
# baby-formula shop, a customs broker, an overseas-study agency, a currency-exchange counter, a
# luxury-watch repair workshop) in the week after a big online sale; callers on speakerphone in a
# reverberant room (room_rt60_s / room_drr_db / room_predelay_ms, new keys: the caller's voice through a
# room whose diffuse tail decays 60 dB in 0.42-0.86 s, 0.5-6.5 dB under the direct sound, after a
# 3-13 ms pre-delay: generate.room_impulse / room_reverb), keyboard clatter on the agent's channel
# while the agent types (keys_db_range / keys_rate_hz / keys_burst_s / keys_gap_s, new keys: bursts of
# 0.5-2.6 s of keystrokes at 5.5-10.5 a second, -49...-41 dBFS RMS over the bursts, in the agent's short
# pauses before an answer and in holds without music, never over dead air: generate.typing_bursts /
# keyboard_clatter); G.711 mu-law on both channels as in every blind set; agents brisk and precise at
# 221-261 字/分 (fast turns at 400-480, or the mild 360-390 in 0.4 of the fast calls: >= 1.37x the
# fastest agent) drawn from all eight Kokoro voices in turn; callers confused by forms and fees
# (204-246 字/分) who ask the same thing twice and open with what is wrong (0.5), read-backs of long
# order numbers in more calls (0.55), agents who backchannel (0.5) and callers who do (0.4), brisk
# turn-taking (pause scale 0.81-1.23), short typing pauses before answers (1.8-3.1 s before 0.35 of
# the answers, look-alikes too), callers 0.28-0.61 s behind in agent-first interruptions, holds while
# the agent checks a parcel's customs status or asks a colleague (long ones 31.4-39.6 s; unannounced
# ones 8.3-13.1 s) with music on 0.4 of them, line noise at -62.5...-56.5 dBFS, calls of 60-200 s.
BLIND42_DEFAULTS = {
    **BLIND36_DEFAULTS,
    "n_agents": len(blind42_text.HO_DOMAINS_LIST),
    "agent_cpm": (221.0, 261.0),   # fast turns stay 360-480 (>= 1.37x)
    "cust_cpm": (204.0, 246.0),
    "cust_detail_prob": 0.5,
    "pause_scale_range": (0.81, 1.23),
    "noise_db_range": (-62.5, -56.5),
    "room_rt60_s": (0.42, 0.86),             # the caller's speakerphone in a reverberant room ...
    "room_drr_db": (0.5, 6.5),               # ... the voice a little distant
    "room_predelay_ms": (3.0, 13.0),
    "keys_db_range": (-49.0, -41.0),         # the agent's keyboard while typing ...
    "keys_rate_hz": (5.5, 10.5),
    "keys_burst_s": (0.5, 2.6),
    "keys_gap_s": (0.15, 0.9),
    "music_prob": 0.4,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.5,
    "cbc_prob": 0.4,
    "cust_filler_prob": 0.4,
    "readback_prob": 0.55,
    "think_prob": 0.35,
    "think_pause_s": (1.8, 3.1),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.28, 0.61),
    "long_hold_s": (31.4, 39.6),
    "unannounced_s": (8.3, 13.1),
    "duration_s": (60.0, 200.0),
}

# Set 43: the plan of sets 8 and 10-42 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-42: "the transit lost-and-found and fare-dispute line at
# evening rush hour": eight centres (a metro line's lost-and-found office, an airport express rail's
# fare desk, an intercity carpool platform's rider-complaint desk, an airport shuttle-coach company, a
# sightseeing-bus operator, a bus-rapid-transit operator, a city tram operator, a night-bus dispatch
# office); callers in a crowded station or on a platform (train_db_range / train_pass_s / train_gap_s,
# new keys: a passing train's low rumble swelling and fading over 3.5-8.5 s, 16-42 s apart, at
# -53...-46 dBFS RMS over the pass; chime_db_range / chime_gap_s / pa_db_range / pa_s / pa_lowpass_hz,
# new keys: a two-tone station chime at -48...-42 dBFS RMS and after it a distant public-address voice
# heavily low-passed at 480 Hz, -64...-58 dBFS RMS, 2.5-5.5 s long, every 28-65 s: both on the caller's
# channel, never over dead air nor over a caller turn's start or end: generate.station_sounds /
# train_rumble / chime_and_announcement); a quiet headset hiss on the agent's channel (headset_hiss_db,
# new: -61...-56 dBFS RMS, 1.2-3.4 kHz: generate.headset_hiss); G.711 mu-law on both channels as in
# every blind set; agents calm and methodical at 203-241 字/分 (fast turns at 400-480, or the mild
# 360-390 in 0.4 of the fast calls: >= 1.49x the fastest agent) drawn from all eight Kokoro voices in
# turn; callers hurried and out of breath (226-272 字/分) who describe the lost item at length or
# dispute a fare twice (what is wrong first 0.55), own 嗯/呃 0.45, read-backs 0.5, agent backchannels
# 0.55 / caller 0.35, turn-taking at pause scale 0.79-1.19, short looks at the log (2.0-3.3 s before
# 0.3 of the answers, look-alikes too), callers 0.24-0.57 s behind in agent-first interruptions, holds
# while the agent checks the lost-property log or rings the station (long ones 30.9-38.6 s; unannounced
# ones 8.6-13.7 s) with music on 0.45 of them, line noise at -61.5...-55.5 dBFS, calls of 60-200 s.
BLIND43_DEFAULTS = {
    **BLIND36_DEFAULTS,
    "n_agents": len(blind43_text.HO_DOMAINS_LIST),
    "agent_cpm": (203.0, 241.0),   # fast turns stay 360-480 (>= 1.49x)
    "cust_cpm": (226.0, 272.0),
    "cust_detail_prob": 0.55,
    "pause_scale_range": (0.79, 1.19),
    "noise_db_range": (-61.5, -55.5),
    "train_db_range": (-53.0, -46.0),        # a train passing the caller's platform ...
    "train_pass_s": (3.5, 8.5),
    "train_gap_s": (16.0, 42.0),
    "chime_db_range": (-48.0, -42.0),        # ... the station's chime, then a far, muffled announcement
    "chime_gap_s": (28.0, 65.0),
    "pa_db_range": (-64.0, -58.0),
    "pa_s": (2.5, 5.5),
    "pa_lowpass_hz": 480.0,
    "headset_hiss_db": (-61.0, -56.0),       # the agent's headset hisses faintly
    "music_prob": 0.45,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.55,
    "cbc_prob": 0.35,
    "cust_filler_prob": 0.45,
    "readback_prob": 0.5,
    "think_prob": 0.3,
    "think_pause_s": (2.0, 3.3),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.24, 0.57),
    "long_hold_s": (30.9, 38.6),
    "unannounced_s": (8.6, 13.7),
    "duration_s": (60.0, 200.0),
}

# Set 44: the plan of sets 8 and 10-43 (nine kinds in >= 2 calls, filler in four calls with 2-3 tics
# each); other pacing than sets 5, 6, 8 and 10-43: "the university campus services line in the first
# week of term": eight centres (a dormitory office, a textbook store, the student clinic's booking
# desk, the campus network service centre, the registrar's student-records office, the work-study
# office, the freshmen's registration centre, the student financial-aid office); young callers on
# cheap headsets whose microphones clip when they talk loudly (clip_turn_prob / clip_drive_db /
# clip_soft_prob, new keys: 0.35 of the caller's turns driven 4-10 dB into the channel's ceiling,
# hard-clipped or, in 0.45 of them, soft-clipped (tanh): generate.mic_clip); on the agent's channel
# the comfort noise of a VoIP line that switches on and off (cng_db_range / cng_gate_prob /
# cng_hangover_s / cng_min_gap_s, new keys: a soft noise bed at -60...-54 dBFS RMS while the line is
# open, gated off 0.35-0.9 s after the agent stops in 0.6 of the agent's silences of >= 2.2 s
# (holds too) and back on 0.25 s before the agent speaks again: generate.comfort_noise_gates /
# comfort_noise); G.711 mu-law on both channels as in every blind set; agents friendly and patient
# at 212-248 字/分 (fast turns at 400-480, or the mild 360-390 in 0.4 of the fast calls: >= 1.45x the
# fastest agent) drawn from all eight Kokoro voices in turn; callers young and quick (238-286 字/分),
# some in campus slang, some unsure which office they need, some asking twice (what is wrong first
# 0.5), own 嗯/呃 0.4, read-backs 0.45, agent backchannels 0.6 / caller 0.4, turn-taking at pause
# scale 0.74-1.13, short looks at the record (1.7-3.0 s before 0.3 of the answers, look-alikes too),
# callers 0.27-0.61 s behind in agent-first interruptions, holds while the agent checks the student
# record or rings another office (long ones 31.4-37.2 s; unannounced ones 9.1-12.9 s) with music on
# 0.4 of them, line noise at -62...-56.5 dBFS, calls of 60-200 s.
BLIND44_DEFAULTS = {
    **BLIND36_DEFAULTS,
    "n_agents": len(blind44_text.HO_DOMAINS_LIST),
    "agent_cpm": (212.0, 248.0),   # fast turns stay 360-480 (>= 1.45x)
    "cust_cpm": (238.0, 286.0),
    "cust_detail_prob": 0.5,
    "pause_scale_range": (0.74, 1.13),
    "noise_db_range": (-62.0, -56.5),
    "clip_turn_prob": 0.35,                  # the caller's cheap headset clips when they talk loudly ...
    "clip_drive_db": (4.0, 10.0),
    "clip_soft_prob": 0.45,
    "cng_db_range": (-60.0, -54.0),          # ... and the agent's VoIP line sends comfort noise, switched off
    "cng_gate_prob": 0.6,                    #     in some of the agent's silences and holds
    "cng_hangover_s": (0.35, 0.9),
    "cng_min_gap_s": 2.2,
    "music_prob": 0.4,
    "mild_fast_prob": 0.4,
    "bc_prob": 0.6,
    "cbc_prob": 0.4,
    "cust_filler_prob": 0.4,
    "readback_prob": 0.45,
    "think_prob": 0.3,
    "think_pause_s": (1.7, 3.0),   # under the check's 5 s of unexplained silence and dead air's 5.5 s
    "think_lookalikes": True,
    "early_lead_s": (0.27, 0.61),
    "long_hold_s": (31.4, 37.2),
    "unannounced_s": (9.1, 12.9),
    "duration_s": (60.0, 200.0),
}

# profile -> (phrase-table module, defaults); heldout.phrase_tables reads it for --check
PROFILES = {"blind4": (blind4_text, BLIND4_DEFAULTS), "blind5": (blind5_text, BLIND5_DEFAULTS),
            "blind6": (blind6_text, BLIND6_DEFAULTS), "blind8": (blind8_text, BLIND8_DEFAULTS),
            "blind10": (blind10_text, BLIND10_DEFAULTS), "blind11": (blind11_text, BLIND11_DEFAULTS),
            "blind12": (blind12_text, BLIND12_DEFAULTS), "blind13": (blind13_text, BLIND13_DEFAULTS),
            "blind14": (blind14_text, BLIND14_DEFAULTS), "blind15": (blind15_text, BLIND15_DEFAULTS),
            "blind16": (blind16_text, BLIND16_DEFAULTS), "blind17": (blind17_text, BLIND17_DEFAULTS),
            "blind18": (blind18_text, BLIND18_DEFAULTS), "blind19": (blind19_text, BLIND19_DEFAULTS),
            "blind20": (blind20_text, BLIND20_DEFAULTS), "blind21": (blind21_text, BLIND21_DEFAULTS),
            "blind22": (blind22_text, BLIND22_DEFAULTS), "blind23": (blind23_text, BLIND23_DEFAULTS),
            "blind24": (blind24_text, BLIND24_DEFAULTS), "blind25": (blind25_text, BLIND25_DEFAULTS),
            "blind26": (blind26_text, BLIND26_DEFAULTS), "blind27": (blind27_text, BLIND27_DEFAULTS),
            "blind28": (blind28_text, BLIND28_DEFAULTS),
            "blind29": (blind29_text, BLIND29_DEFAULTS),
            "blind30": (blind30_text, BLIND30_DEFAULTS),
            "blind31": (blind31_text, BLIND31_DEFAULTS),
            "blind32": (blind32_text, BLIND32_DEFAULTS),
            "blind33": (blind33_text, BLIND33_DEFAULTS),
            "blind34": (blind34_text, BLIND34_DEFAULTS),
            "blind35": (blind35_text, BLIND35_DEFAULTS),
            "blind36": (blind36_text, BLIND36_DEFAULTS),
            "blind37": (blind37_text, BLIND37_DEFAULTS),
            "blind38": (blind38_text, BLIND38_DEFAULTS),
            "blind39": (blind39_text, BLIND39_DEFAULTS),
            "blind40": (blind40_text, BLIND40_DEFAULTS),
            "blind41": (blind41_text, BLIND41_DEFAULTS),
            "blind42": (blind42_text, BLIND42_DEFAULTS),
            "blind43": (blind43_text, BLIND43_DEFAULTS),
            "blind44": (blind44_text, BLIND44_DEFAULTS)}


# kinds kept in different calls where the deal allows
APART = {"long_hold": {"unannounced_hold"}, "unannounced_hold": {"long_hold"}}


def plan_kinds_blind4(rng: random.Random, n: int, pool: list[str] | None, P: dict) -> list[list[str]]:
    """P["kinds"] (default the eight rule kinds) unless --kinds gives a pool; round(clean_frac*n) clean calls; the rest get two rule kinds each (a third for
    round(third_frac*defect calls)), dealt so that every kind is in >= per_kind calls (those of
    P["extra_kind_calls"] once more each) and no call has a kind twice.  Deterministic from rng."""
    kinds = [k for k in (pool or P.get("kinds") or G.DEFECT_KINDS) if k != "clean"]
    n_clean = int(round(P["clean_frac"] * n))
    n_def = n - n_clean
    n_third = int(round(P["third_frac"] * n_def))
    sizes = [3] * n_third + [2] * (n_def - n_third)
    need = sum(sizes)
    if need < P["per_kind"] * len(kinds) or max(sizes) > len(kinds):
        raise SystemExit(f"{n_def} defect calls cannot hold every kind {P['per_kind']} times")
    more = list(P.get("extra_kind_calls", []))   # blind8: kinds in more calls than per_kind
    bag = kinds * P["per_kind"] + more + rng.sample(kinds, len(kinds))[:need - P["per_kind"] * len(kinds) - len(more)]
    calls = None
    while calls is None:   # a greedy deal can paint itself into a corner: deal again
        calls = deal(rng, bag, sizes)
    plan = [[] for _ in range(n_clean)] + [sorted(c, key=kinds.index) for c in calls]
    rng.shuffle(plan)
    return plan


def deal(rng: random.Random, bag: list[str], sizes: list[int]) -> list[list[str]] | None:
    """Kinds from bag into calls of the given sizes, emptiest call first, never a kind twice in
    a call, APART kinds apart where possible; None when the last kinds find no call without them."""
    calls: list[list[str]] = [[] for _ in sizes]
    for k in sorted(bag, key=lambda k: (-bag.count(k), rng.random())):
        room = [i for i, c in enumerate(calls) if len(c) < sizes[i] and k not in c]
        if not room:
            return None
        # both holds in one call shortens them (heldout keeps such calls short): only if need be
        room = [i for i in room if not APART.get(k, set()) & set(calls[i])] or room
        least = min(len(calls[i]) / sizes[i] for i in room)
        calls[rng.choice([i for i in room if len(calls[i]) / sizes[i] == least])].append(k)
    return calls


def gen_set_blind(args):
    """A blind set of profile ``args.profile`` (a key of PROFILES) on heldout.py's machinery."""
    H, defaults = PROFILES[args.profile]
    return heldout.gen_set_heldout(args, profile=args.profile, H=H, defaults=defaults, plan_kinds=plan_kinds_blind4)
