"""The rules layer: phrases as data, compiled once, matched with negation and tense handling.

Phrases come from the `TriagePhrase` table (edited by leads in the admin); the defaults ship in
`data/phrases.tsv` and a data migration copies them into the table. `RuleSet.from_phrases`
compiles them; `RuleSet.match` finds every trigger in a text and tells, for each, whether it
is active, negated, past, contained or only part of a harmless look-alike.
"""

from __future__ import annotations

import csv
import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import NamedTuple

import ahocorasick

from caredesk.core.text import simplified
from caredesk.triage.regexes import RegexStore

logger = logging.getLogger(__name__)

FIELDS = ("urgency", "leak_related", "category", "needs_callback")
URGENCIES = ("emergency", "urgent", "normal", "low")
CATEGORIES = (
    "maintenance",
    "billing",
    "access",
    "complaint",
    "violation",
    "architectural",
    "amenity",
    "security",
    "parcel",
    "move",
    "general",
    "work_order_update",
    "non_human",
)
BOOLEANS = ("true", "false")
VALUES = {
    "urgency": URGENCIES,
    "leak_related": BOOLEANS,
    "category": CATEGORIES,
    "needs_callback": BOOLEANS,
}
KINDS = ("trigger", "negation", "past", "active", "contained", "lookalike")
STATUSES = ("active", "negated", "past", "contained", "lookalike", "quoted")

DECISIVE = 1.0  # a trigger of at least this weight decides its field without the model
STRONG = 2.0  # ...and of at least this weight is not demoted by a weak 'contained' cue
# A 'contained' cue of at least this weight calms the whole message (the model alone does not
# make it an emergency); below STRONG it calms only the weak triggers of its sentence, as a
# cue of weight 1 does (1.5: a bubbling wall, mould, damp — slow damage, not water moving).
CALMING = 1.5

SENDERS_REMEMBERED = 4096  # addresses whose hits a rule set keeps

# Where a clause ends: a negation or a tense cue does not reach across these.
_CLAUSE_BREAK = re.compile(r"[.,;:!?。，；：！？、\n]|\b(?:but|however|although|though|except)\b")
_SENTENCE_BREAK = re.compile(r"[.!?。！？；;\n]+")
_CLAUSE_BREAK_ZH = re.compile(r"[.!?。！？；;，,、\n]+")
# Words that may stand between an English negation and what it negates: "no sign of any leak".
_EN_FILLER = re.compile(
    r"^(?:\s*\b(?:a|an|the|any|more|real|actual|visible|active|obvious|new|further|sign|signs|"
    r"evidence|of|is|are|was|were|be|been|there|it|its|it's|that|this|one|see|seen|smell|"
    r"smelled|notice|noticed|hear|heard|find|found|detect|detected|have|has|had|seeing|"
    r"smelling|get|getting|longer|ever|think|believe|seem|seems|look|looks|like|appear|appears|"
    r"to|be|further)\b|['’]s\b)*\s*$"
)
# ('s: "nothing's overflowing", "nobody's hurt" — round 17, from blind16's "Nothing's
# overflowing" that made a toilet that will not flush leak-related.)
# A noun or two joined by "or" after a negation: "no leak or water on the floor", "no smoke or
# flames" (round 14).
_EN_OR = re.compile(r"^(?:(?:any|a|an|the)\s+)?(?:[a-z'-]+\s+){0,2}(?:or|nor)$")
_ZH_FILLER = re.compile(
    r"^(?:有|再|任何|什么|发现|看到|看见|出现|闻到|见|了|的|明显|地|是|再次|会)*$"
)


@dataclass(frozen=True)
class Phrase:
    """One row of the rules: the same fields as the TriagePhrase model."""

    language: str
    field: str
    value: str
    pattern: str
    kind: str = "trigger"
    weight: float = 1.0
    note: str = ""
    rule: str = ""  # where it comes from: "phrase:12" (database) or "default:37" (shipped file)


class Hit(NamedTuple):
    """A trigger found in a text, with what its surroundings make of it (a named tuple: made
    several times per message, three times quicker than a frozen dataclass)."""

    phrase: Phrase
    source: str
    start: int
    end: int
    text: str
    status: str = "active"
    cue: str = ""  # the cue that negated, dated or contained it

    @property
    def field(self) -> str:
        return self.phrase.field

    @property
    def value(self) -> str:
        return self.phrase.value

    @property
    def weight(self) -> float:
        return self.phrase.weight


def pattern_problem(pattern: str) -> str:
    """Why a pattern cannot be used ('' when it can)."""
    try:
        re.compile(pattern_expand(pattern))
    except re.error as error:
        return str(error)
    if re.fullmatch(pattern_expand(pattern), ""):
        return "the pattern matches empty text"
    return ""


def pattern_expand(pattern: str) -> str:
    """Lower-case the pattern, let a space match any white space, end English words whole.

    The left edge of an English word is checked after the match (`starts_inside_word`): a
    leading look-behind would keep the regular expression engine from skipping ahead to the
    pattern's first letters, which makes matching several times slower.
    """
    body = re.sub(r"(?<!\\) \?", r"\\s*", pattern.strip().lower())
    body = re.sub(r"(?<!\\) ", r"\\s+", body)
    return f"(?:{body})(?:(?<=[a-z0-9])(?![a-z0-9])|(?<![a-z0-9]))"


# Besides the set of needles looked for, at most this many other required sets are checked
MORE_NEEDLE_SETS = 3


def needles_of(expanded: str) -> tuple[tuple[str, ...], ...]:
    """Sets of literal strings such that every match contains one string of each set: the
    most telling set first, then up to MORE_NEEDLE_SETS others (() when none can be told).

    The text is searched for the first sets' strings (all phrases' at once); an expression
    whose first set is found runs only when one string of each other set was found too: a
    "thanks ... could you" phrase waits for both words. Skipping expressions that cannot match
    makes the rules several times faster; the other sets skip three in eight of the rest.
    """
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        items = list(_parser.parse(expanded))
        found = _needles(items, _constants)
        if not found or not all(found):
            return ()
        first = tuple(sorted(found))
        others: list[tuple[str, ...]] = []
        for more in sorted(_required_sets(items, _constants), key=_rank, reverse=True):
            if not more or not all(more) or min(map(_telling, more)) < 2:
                continue  # no filter, or a common word's piece: found in most messages
            more_sorted = tuple(sorted(more))
            # implied by the first set (each of its strings holds one of these): no use
            if more_sorted in others or all(any(m in f for m in more) for f in first):
                continue
            others.append(more_sorted)
            if len(others) == MORE_NEEDLE_SETS:
                break
    except Exception:  # noqa: BLE001 - an internal module: without it, no filter
        return ()
    return (first, *others)


def _rank(found: set[str]) -> tuple[float, int]:
    """How well a set of needles filters: by its least telling string, then the fewer the
    better."""
    return (min(map(_telling, found)), -len(found))


def _required_sets(items: list, c: object) -> list[set[str]]:
    """Every set of literal alternatives that _needles() weighs for a parsed sequence, and
    those of the groups and repeats every match must go through (each one of them must be
    in every match)."""
    return _candidates(items, c, inner=lambda sub: _required_sets(sub, c))


def _needles(items: list, c: object) -> set[str] | None:
    """The most telling required literal of a parsed sequence, as a set of alternatives.

    Every literal run, group, branch or repeat (at least once) of the sequence must occur in a
    match; of those that can be told, the one whose shortest alternative is longest is kept (a
    rare word like "bucket" filters far better than "a" in "(a|the) bucket").
    """
    candidates = _candidates(
        items, c, inner=lambda sub: [found] if (found := _needles(sub, c)) else []
    )
    if not candidates:
        return None
    return max(candidates, key=_rank)


def _candidates(
    items: list, c: object, *, inner: Callable[[list], list[set[str]]]
) -> list[set[str]]:
    """The sets of literal alternatives a match of a parsed sequence must hold one of: what
    it starts with from each item on ("a(c|/c)"), each run of literal characters, each
    branch's, and what ``inner`` gives for each group and each repeat (at least once)."""
    candidates: list[set[str]] = []
    for start in range(len(items)):  # what a match must hold from each item on: "a(c|/c)"
        found = _prefixes(items[start:], c)[0]
        if found and all(found):
            candidates.append(found)
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is c.LITERAL and not chr(av).isspace():
            run = ""
            while i < len(items) and items[i][0] is c.LITERAL and not chr(items[i][1]).isspace():
                run += chr(items[i][1])
                i += 1
            candidates.append({run})
            continue
        if op is c.SUBPATTERN:
            candidates.extend(inner(list(av[-1])))
        elif op is c.BRANCH:
            branches = [_needles(list(branch), c) for branch in av[1]]
            if all(branches):
                candidates.append(set().union(*branches))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            candidates.extend(inner(list(av[2])))
        i += 1
    return candidates


def _telling(needle: str) -> float:
    """How well a needle filters: its length without the spaces around it, or next to
    nothing for a piece found in most messages ("no", " in ", 不, 水) or part of one ("o")."""
    # fmt: off
    common = (
        "a", "an", "and", "are", "at", "be", "for", "from", "had", "has", "have", "i", "in",
        "is", "it", "my", "no", "not", "of", "on", "or", "our", "the", "to", "was", "we", "were",
        "with", "you", "不", "下", "一", "了", "的", "是", "有", "水", "在", "我", "个", "上", "没",
        "会", "要", "也", "就", "都", "还", "说",
    )  # a constant of the code: needles.needles_code() changes with it
    # fmt: on
    piece = needle.strip()
    return 0.5 if any(piece in word for word in common) else len(piece)


def _prefixes(items: list, c: object, limit: int = 64) -> tuple[set[str], bool]:
    """The strings one of which every match of a parsed sequence starts with, and whether they
    are all it can match ({""} when nothing can be told; at most `limit` strings)."""
    found = {""}
    for op, av in items:
        if op is c.LITERAL and not chr(av).isspace():
            found = {text + chr(av) for text in found}
            continue
        if op is c.MAX_REPEAT and av[0] >= 1 and _is_space_class(av[2], c):
            found = {text + " " for text in found}  # r"\s+": one space in the finder's text
            continue
        if op is c.IN and _literal_chars(av, c):
            inner, exact = _literal_chars(av, c), True  # (灌|涌|流), parsed as a class
        elif op is c.SUBPATTERN and not av[1]:
            inner, exact = _prefixes(list(av[-1]), c, limit)
        elif op is c.BRANCH:
            parts = [_prefixes(list(branch), c, limit) for branch in av[1]]
            inner = set().union(*(part for part, _ in parts))
            exact = all(whole for _, whole in parts)
        else:
            return found, False
        joined = {text + more for text in found for more in inner}
        if len(joined) > limit:
            return found, False
        found = joined
        if not exact:
            return found, False
    return found, True


def _literal_chars(members: list, c: object) -> set[str]:
    """The characters of a class that lists only characters (set() for any other class)."""
    chars = set()
    for op, av in members:
        if op is not c.LITERAL or chr(av).isspace():
            return set()
        chars.add(chr(av))
    return chars


def _is_space_class(items: object, c: object) -> bool:
    r"""True for a parsed r"\s" (the only class pattern_expand writes for a space)."""
    return list(items) == [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])]


def finder_text(text: str) -> str:
    r"""The text the needles are looked for in: each run of white space one space, as the
    needles write r"\s+" (offsets do not matter there: only which needles occur)."""
    return " ".join(text.split())


def starts_inside_word(text: str, start: int) -> bool:
    """True when a match at start begins in the middle of an English word or number."""
    return start > 0 and _is_word(text[start]) and _is_word(text[start - 1])


def _is_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def text_lower(text: str) -> str:
    """Lower case with the same length, so offsets stay valid (a few letters grow when lowered);
    typographic apostrophes become plain ones, traditional Chinese characters simplified
    ones (樓上滲水 is read as 楼上渗水) and Cantonese words Mandarin ones (`mandarin`), one
    character for one."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return mandarin(simplified(lowered).replace("\u2019", "'").replace("\u2018", "'"))


# Cantonese, as owners from Hong Kong write it, read in Mandarin's words one character for one
# (session 22), so the Mandarin phrases, negations and tense cues read it too: 唔 is 不 (唔漏喇,
# 唔停), 冇 is 没 (冇水漏, 冇人困), 未 is Mandarin already, 咗 is the perfective 了 (水浸咗, 着咗火,
# 困咗), 喺 is 在 (困咗喺𨋢度: 困了在䢂度; 𨋢 is simplified to 䢂). A few pairs go first, two
# characters for two: 唔该 ("please", "thanks") is no negation, 唔使 is 不用, 唔系 is 不是.
_CANTONESE_PAIRS = (("唔该", "麻烦"), ("唔使", "不用"), ("唔系", "不是"))
_CANTONESE = str.maketrans(
    {"唔": "不", "冇": "没", "咗": "了", "喺": "在", "嘅": "的", "哋": "们", "嚟": "来", "佢": "他"}
)
_CANTONESE_FOUND = re.compile("[唔冇咗喺嘅哋嚟佢]")


def mandarin(text: str) -> str:
    """Cantonese function words in their Mandarin forms, same length (see _CANTONESE)."""
    if not _CANTONESE_FOUND.search(text):
        return text
    for cantonese, plain in _CANTONESE_PAIRS:
        text = text.replace(cantonese, plain)
    return text.translate(_CANTONESE)


def is_chinese(phrase: Phrase) -> bool:
    return phrase.language == "zh"


class _Cue(NamedTuple):
    phrase: Phrase
    start: int
    end: int
    text: str


@dataclass
class _Compiled:
    phrase: Phrase
    expanded: str  # the regular expression, compiled when first needed
    needles: tuple[str, ...]  # one of these must be in the text for a match (() = no filter)
    _regex: re.Pattern[str] | None = None
    store: RegexStore | None = None  # compiles it, keeping the result for the next process
    also: tuple[frozenset[str], ...] = ()  # ...and one of each of these (needles_of())
    twin: bool = False  # another phrase has the same expression (it runs once per text)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            compile_ = re.compile if self.store is None else self.store.compile
            self._regex = compile_(self.expanded)
        return self._regex


class _NeedleFinder:
    """Finds, in one pass over a text, which of many literal strings it contains
    (Aho-Corasick, pyahocorasick): far cheaper than one `in` test per string."""

    def __init__(self, needles: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for needle in set(needles):
            self.automaton.add_word(needle, needle)
        self.empty = not len(self.automaton)
        if not self.empty:
            self.automaton.make_automaton()

    def found(self, text: str) -> set[str]:
        if self.empty:
            return set()
        return {needle for _, needle in self.automaton.iter(text)}


@dataclass
class RuleSet:
    """Compiled phrases: one regular expression per phrase, grouped by kind."""

    phrases: tuple[Phrase, ...]
    triggers: list[_Compiled] = field(default_factory=list)
    cues: dict[str, list[_Compiled]] = field(default_factory=dict)
    finder: _NeedleFinder | None = None
    every: list[_Compiled] = field(default_factory=list)  # triggers first, then the cues
    unfiltered: set[int] = field(default_factory=set)
    positions: dict[str, tuple[int, ...]] = field(default_factory=dict)  # needle -> in every
    senders: dict[str, tuple[Hit, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_phrases(
        cls,
        phrases: Iterable[Phrase],
        known: dict[str, tuple[tuple[str, ...], ...] | None] | None = None,
        regexes: RegexStore | None = None,
    ) -> RuleSet:
        """Compile the phrases. ``known`` maps expanded patterns to their needles (None: not a
        valid expression) from an earlier compile, and gets the new ones: finding needles
        costs a second parse of every pattern, so a process that starts often keeps them
        (``triage.services``). Each regular expression is compiled when first needed, by
        ``regexes`` when given (which keeps compiled expressions between processes)."""
        phrases = tuple(phrases)
        known = {} if known is None else known
        rules = cls(phrases=phrases, cues={kind: [] for kind in KINDS if kind != "trigger"})
        for phrase in phrases:
            expanded = pattern_expand(phrase.pattern)
            regex = None
            if expanded not in known:
                try:
                    regex = re.compile(expanded) if regexes is None else regexes.compile(expanded)
                except re.error:
                    known[expanded] = None
                else:
                    known[expanded] = needles_of(expanded)
            needles = known[expanded]
            if needles is None:  # the admin refuses such a pattern; an old row is left out
                logger.warning(
                    "triage: phrase %s is left out: %r is not a valid regular expression once "
                    "expanded (a space stands for white space, even inside a look-behind)",
                    phrase.rule or phrase.note[:80] or "?",
                    phrase.pattern[:200],
                )
                continue
            first, *also = needles or ((),)
            compiled = _Compiled(
                phrase, expanded, tuple(first), regex, regexes, tuple(map(frozenset, also))
            )
            if phrase.kind == "trigger":
                rules.triggers.append(compiled)
            elif phrase.kind in rules.cues:
                rules.cues[phrase.kind].append(compiled)
        rules.every = rules.triggers + [c for cues in rules.cues.values() for c in cues]
        also: set[str] = set()
        by_needle: dict[str, set[int]] = {}  # needle -> positions in every
        seen = Counter(compiled.expanded for compiled in rules.every)
        for position, compiled in enumerate(rules.every):
            compiled.twin = seen[compiled.expanded] > 1
            if not compiled.needles:
                rules.unfiltered.add(position)
            for needle in compiled.needles:
                by_needle.setdefault(needle, set()).add(position)
            also.update(needle for needles in compiled.also for needle in needles)
        # one pass over a text finds every needle in it: the first sets' needles say what may
        # run (positions), the other sets' whether it can match
        rules.positions = {needle: tuple(sorted(p)) for needle, p in by_needle.items()}
        rules.finder = _NeedleFinder([*also, *by_needle])
        return rules

    def _wanted(self, text: str) -> list[_Compiled]:
        """The expressions that can match text (one needle of each of their sets is in it),
        in order: the triggers first, then the cues."""
        wanted = set(self.unfiltered)
        finder = self.finder
        if finder is None:  # no needles looked for: the unfiltered expressions, no other check
            return [self.every[position] for position in sorted(wanted)]
        found = finder.found(finder_text(text))
        positions = self.positions
        for needle in found:
            if needle in positions:
                wanted.update(positions[needle])
        every = self.every
        present = []
        for position in sorted(wanted):
            compiled = every[position]
            # (a loop: a generator that all() leaves early is closed by raising GeneratorExit)
            for needles in compiled.also:
                if found.isdisjoint(needles):
                    break
            else:
                present.append(compiled)
        return present

    def match(self, *, text: str, source: str, subject_end: int = 0) -> list[Hit]:
        """Every trigger in text (already lower-cased), each with its status.

        text may start with a subject line of subject_end characters: a subject sums up the
        message, so the cues of the whole text date and size the triggers found in it.
        """
        present = self._wanted(text)
        found_all: list[tuple[Phrase, re.Match[str]]] = []
        first_cue = len(present)
        twins: dict[str, list[re.Match[str]]] = {}  # an expression several phrases share
        for i, compiled in enumerate(present):
            if compiled.phrase.kind != "trigger":
                first_cue = i
                break
            regex = compiled._regex or compiled.regex
            if compiled.twin:
                matches = twins.get(compiled.expanded)
                if matches is None:
                    matches = twins[compiled.expanded] = list(regex.finditer(text))
            else:
                matches = regex.finditer(text)
            for found in matches:
                start, end = found.span()
                if end == start or (start and _is_word(text[start]) and _is_word(text[start - 1])):
                    continue  # empty, or starts inside an English word (starts_inside_word)
                found_all.append((compiled.phrase, found))
        if not found_all:  # only the cues that calm a whole message are wanted
            calming = [
                c
                for c in present[first_cue:]
                if c.phrase.kind == "contained" and c.phrase.weight >= CALMING
            ]
            cues = self._cues(text, calming)
            if cues["contained"]:  # ...and what could overtake them
                actives = [c for c in present[first_cue:] if c.phrase.kind == "active"]
                cues["active"] = self._cues(text, actives)["active"]
        else:
            cues = self._cues(text, present[first_cue:])
        calm = [
            _calming(cue, source)
            for cue in cues["contained"]
            if cue.phrase.weight >= CALMING and not _overtaken(cue, cues["active"], text)
        ]
        if not found_all:
            return calm
        subjects = [
            _Subject(found.start(), found.end(), phrase.field in _SAME_KIND)
            for phrase, found in found_all
            if not _AGENT.search(found.group())
        ]
        context = _Context(text, source, cues, subject_end, subjects)
        judged = [self._judge(phrase, found, context) for phrase, found in found_all]
        return _residues(judged, context) + calm

    def match_sender(self, address: str) -> list[Hit]:
        """The hits of a sender's address (remembered: the same senders write again and
        again), each with the text as written."""
        found = self.senders.get(address)
        if found is None:
            found = tuple(
                Hit(
                    hit.phrase,
                    hit.source,
                    hit.start,
                    hit.end,
                    address[hit.start : hit.end],
                    hit.status,
                    hit.cue,
                )
                for hit in self.match(text=text_lower(address), source="from_email")
            )
            if len(self.senders) < SENDERS_REMEMBERED:
                self.senders[address] = found
        return list(found)

    def _cues(self, text: str, present: list[_Compiled]) -> dict[str, list[_Cue]]:
        """The cues of the expressions given (no triggers), by kind."""
        found: dict[str, list[_Cue]] = {kind: [] for kind in self.cues}
        for compiled in present:
            kind = compiled.phrase.kind
            for m in (compiled._regex or compiled.regex).finditer(text):
                start, end = m.span()
                if end > start and not (
                    start and _is_word(text[start]) and _is_word(text[start - 1])
                ):
                    found[kind].append(_Cue(compiled.phrase, start, end, m.group()))
        return found

    def _judge(self, phrase: Phrase, found: re.Match[str], context: _Context) -> Hit:
        text, cues, subject_end = context.text, context.cues, context.subject_end
        start, end = found.span()
        hit = Hit(phrase, context.source, start, end, found.group())
        for cue in cues["lookalike"]:
            if phrase.value == "false":
                break  # a look-alike hides evidence for a thing, not a phrase against it (round 14)
            if cue.phrase.value and cue.phrase.value != phrase.value:
                continue  # a look-alike that names a value hides only that value (round 21)
            if cue.phrase.field in (phrase.field, "any") and cue.start < end and start < cue.end:
                if phrase.field == "category" and start == cue.start and cue.end == end:
                    # a category's trigger of just the look-alike's words names the topic of
                    # the harmless thing itself: 房车拖车 (an RV trailer, no tow: an 'any'
                    # look-alike) parked for weeks is a violation; the look-alike still hides
                    # the other triggers it overlaps (拖车, a tow), so each field sees its own
                    # match (session 22)
                    continue
                return _with(hit, "lookalike", cue.text)
        # a negation does not take a topic away: "no gate code", 不让放鞭炮 are still about it
        # (a category's weak phrases name topics; its decisive ones events: 没有着火)
        negation = ""
        if (phrase.field != "category" or phrase.weight >= DECISIVE) and phrase.value != "false":
            # a phrase against a thing says its own "not" (甩不干, "won't drain"): no negation
            # turns it around (round 14)
            language = phrase.language
            negation = _negation_before(
                phrase,
                start,
                end,
                text,
                context.negations.get(language, ()),
                context.softs.get(language, ()),
                found,
            )
        if negation:
            return _with(hit, "negated", negation)
        if phrase.field != "urgency" or phrase.value not in ("emergency", "urgent"):
            return hit
        lo, hi = (0, len(text)) if end <= subject_end else context.sentence(start, end)
        # an urgent need ("inspect it today") is dated only by its own sentence
        reach = STRONG if phrase.value == "emergency" else float("inf")
        pasts, actives = cues["past"], cues["active"]
        # a past cue after the trigger is about the nearest thing named before it: "水顺着电梯井
        # 往下流，电梯已经停了" dates the elevator, not the water
        pasts = [c for c in pasts if not _about_other(c, end, context.subjects)]
        if actives and _FIRE.search(hit.text) and not _smell_at(text, start, end):
            # "still smells", "now it reeks": a time cue of a smell is about the smell, not
            # about the fire that left it ("since the fire was put out it still smells burnt":
            # the fire is over, session 22; a melted outlet that still smells stays going)
            actives = [c for c in actives if not _SMELL.search(c.text)]
        sentence = lo, hi  # a small drip is small whichever clause says so (只是小滴)
        if is_chinese(phrase) and end > subject_end:
            # Chinese strings clauses with commas, each with its own time: 昨天漏过水，现在又开始
            # 滴了. A cue times the clause it is in; a past cue reaches a clause before it (漏水
            # 了，已经修好了) but not one after it, and an active cue reaches no other clause.
            lo, hi = context.clause(start, end)
            pasts = [c for c in pasts if c.start >= lo]
        elif actives:
            # "we put it out, but now the cabinet is scorched": a time cue ("now", "right
            # now") past a "but" after the trigger tells what is left, not that the event
            # goes on; "still", "again", "keeps" still do (round 14)
            actives = [c for c in actives if not _after_contrast(c, end, text)]
        past, active = _tense(lo, hi, pasts, actives, reach)
        if past and _is_over(past, active):
            return _with(hit, "past", past.text)
        strength = phrase.weight if phrase.value == "emergency" else STRONG
        # a cue inside the trigger is part of what it says (暖气片一点都不热 … 老人): it does
        # not calm it
        inside = [
            c
            for c in cues["contained"]
            if not (start <= c.start and c.end <= end) and not _before_contrast(c, start, text)
        ]
        contained = _contained(strength, *sentence, inside)
        if contained and (not active or strength < STRONG):
            # a drip that goes on (水龙头一直滴) is still a drip: a weak trigger once calmed
            # stays calm whatever says it goes on
            return _with(hit, "contained", contained)
        return hit


# A smell and what smells of fire, and what grows (session 22: a burnt smell left by a fire
# that is out is what is left, not a fire; a smell that grows may be a fire starting again)
_SMELL = re.compile(r"smell|odou?r|stench|reek|stink|whiff|味")
_GAS = re.compile(r"\bgas\b|propane|rotten egg|煤气|燃气|天然气|液化气|瓦斯|臭鸡蛋|没气味")
_FIRE = re.compile(r"fire|blaze|flame|burn|smok|火|烟|烧|焦")
_GROWING = re.compile(
    r"stronger|worse|spreading|again|more and more|getting (?:thick|heav)|"
    r"越来越|更(?:浓|重|大)|加重|又|再次"
)


def _smell_at(text: str, start: int, end: int) -> bool:
    """Whether the trigger at text[start:end] is a smell (it or the words just around it in its
    clause name one: "smells burnt", "reeks of smoke", 烧焦味), and not of gas."""
    before = _CLAUSE_BREAK_ZH.split(text[max(0, start - 10) : start])[-1]
    after = _CLAUSE_BREAK_ZH.split(text[end : end + 2])[0]
    around = f"{before}{text[start:end]}{after}"
    return bool(_SMELL.search(around)) and not _GAS.search(around)


def _residues(hits: list[Hit], context: _Context) -> list[Hit]:
    """A burnt smell left by a fire that is out is over too (session 22): once a trigger of a
    fire is dated past, an active emergency trigger of a burnt or smoky smell after it (or in
    its sentence) is what the fire left ("the hallway still smells burnt", 烧焦味还没散), unless
    its sentence says it grows (越来越浓, "getting stronger") — and gas is never a residue."""
    text = context.text
    out = [
        h
        for h in hits
        if h.status == "past"
        and h.phrase.field == "urgency"
        and h.phrase.value == "emergency"
        and _FIRE.search(h.text)
        and not _SMELL.search(h.text)
    ]
    if not out:
        return hits
    judged = []
    for hit in hits:
        if (
            hit.status == "active"
            and hit.phrase.field == "urgency"
            and hit.phrase.value == "emergency"
            and _smell_at(text, hit.start, hit.end)
        ):
            lo, hi = context.sentence(hit.start, hit.end)
            fire = next((f for f in out if f.start < hit.start or lo <= f.start < hi), None)
            if fire is not None and not _GROWING.search(text, lo, hi):
                hit = _with(hit, "past", fire.cue)
        judged.append(hit)
    return judged


class _Context:
    """What judging the hits of one text needs, found once for all of them."""

    __slots__ = (
        "text",
        "source",
        "cues",
        "subject_end",
        "subjects",
        "negations",
        "softs",
        "_breaks",
    )

    def __init__(
        self,
        text: str,
        source: str,
        cues: dict[str, list[_Cue]],
        subject_end: int,
        subjects: list[_Subject],
    ) -> None:
        self.text, self.source, self.cues = text, source, cues
        self.subject_end, self.subjects = subject_end, subjects
        self.negations: dict[str, list[_Cue]] = {}  # language -> its negation cues
        self.softs: dict[str, list[_Cue]] = {}  # language -> the soft ones (weight below 1)
        for cue in cues["negation"]:
            self.negations.setdefault(cue.phrase.language, []).append(cue)
            if cue.phrase.weight < 1:
                self.softs.setdefault(cue.phrase.language, []).append(cue)
        self._breaks: dict[re.Pattern[str], tuple[list[int], list[int]]] = {}

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around text[start:end]: from the end of the breaks before it to the
        first break after it."""
        return self._span(_SENTENCE_BREAK, start, end)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The Chinese clause around text[start:end] (commas end it too)."""
        return self._span(_CLAUSE_BREAK_ZH, start, end)

    def _span(self, breaks: re.Pattern[str], start: int, end: int) -> tuple[int, int]:
        """The end of the last run of breaks begun before start (cut at start) and the first
        break at or after end, from the runs of the whole text found once (each hit used to
        scan the text up to it)."""
        found = self._breaks.get(breaks)
        if found is None:
            runs = [m.span() for m in breaks.finditer(self.text)]
            found = self._breaks[breaks] = ([a for a, _ in runs], [b for _, b in runs])
        starts, ends = found
        i = bisect_left(starts, start)  # runs[:i] begin before start
        left = min(ends[i - 1], start) if i else 0
        j = bisect_right(ends, end)  # runs[j:] end after end
        right = max(starts[j], end) if j < len(starts) else len(self.text)
        return left, right


class _Subject(NamedTuple):
    """Where a trigger of any field was found, and whether it is of the kind tense cues are
    about (urgency or leak) or only names a thing (a category phrase: 电梯, elevator)."""

    start: int
    end: int
    same_kind: bool


_SAME_KIND = ("urgency", "leak_related")
# People who fix things: "the plumber fixed it" is about the leak, not about the plumber.
_AGENT = re.compile(
    r"plumb|electric|technician|\btech\b|maintenance|vendor|contractor|handyman|crew|"
    r"维修|师傅|物业|工人"
)


def _about_other(cue: _Cue, end: int, subjects: list[_Subject]) -> bool:
    """True when a past cue after a trigger (ending at end) is about something else: the
    nearest thing named between them is not a trigger of urgency or leak."""
    if cue.start < end:
        return False
    nearest: _Subject | None = None
    for subject in subjects:
        if end <= subject.start <= cue.start and (nearest is None or subject.start > nearest.start):
            nearest = subject
    if nearest is None:
        return False
    overlapping = [s for s in subjects if s.start < nearest.end and nearest.start < s.end]
    return not any(s.same_kind for s in overlapping)


_CONTRAST = re.compile(r"\b(?:but|however|though|although)\b")
_CONTRAST_ZH = re.compile(r"但是|但|可是|不过|然而|这次|这回")
_NOW = re.compile(r"(?:right |just )?now\b|currently|at (?:the|this) moment|as we speak")


def _contrast_between(text: str, start: int, end: int) -> bool:
    """Whether a "but" (however, 但是, 不过…) stands in text[start:end]."""
    return bool(_CONTRAST.search(text, start, end) or _CONTRAST_ZH.search(text, start, end))


def _after_contrast(cue: _Cue, end: int, text: str) -> bool:
    """True for an English time cue of the present ("now", "currently") after a trigger
    ending at end with "but" (or "however") between them: it is about what follows it."""
    return (
        cue.start >= end
        and bool(_NOW.match(cue.text))
        and bool(_CONTRAST.search(text, end, cue.start))
    )


def _before_contrast(cue: _Cue, start: int, text: str) -> bool:
    """True for a calming cue before a trigger starting at start with a "but" (但是, 可是,
    不过) between them: "it's not freezing outside, but smoke is pouring out of the vent" —
    what follows the "but" is the point, and the calm cue does not reach it (round 15)."""
    return cue.end <= start and _contrast_between(text, cue.end, start)


def _overtaken(cue: _Cue, actives: Sequence[_Cue], text: str) -> bool:
    """Whether a calming cue is overtaken by what the message says is happening now: a strong
    present-time cue ("now it's over the edge", "it keeps coming", 还在, 越来越) in a later
    sentence. "Every time they flush, gunk comes up in our tub. Now it's over the edge onto
    the mat": the first sentence says when it happens, the second that it is happening now and
    worse; a present danger wins over a calming word (round 15: blind14's sewage in a tub was
    decided `normal` by "every time the people upstairs flush" alone)."""
    for active in actives:
        if (
            active.phrase.weight >= STRONG
            and active.start >= cue.end
            and (
                _SENTENCE_BREAK.search(text, cue.end, active.start)
                or _contrast_between(text, cue.end, active.start)
            )
        ):
            return True
    return False


def _calming(cue: _Cue, source: str) -> Hit:
    """A strong 'contained' cue ("not urgent", "every evening", 下雨的时候) as a hit of urgency
    'normal': the engine lets the model call such a message an emergency only when a phrase of
    an emergency is active in it."""
    phrase = Phrase(
        language=cue.phrase.language,
        field="urgency",
        value="normal",
        pattern=cue.phrase.pattern,
        kind="contained",
        weight=cue.phrase.weight,
        note=cue.phrase.note,
        rule=cue.phrase.rule,
    )
    return Hit(phrase, source, cue.start, cue.end, cue.text, "contained", cue.text)


def _with(hit: Hit, status: str, cue: str) -> Hit:
    return Hit(hit.phrase, hit.source, hit.start, hit.end, hit.text, status, cue)


def _negation_before(
    phrase: Phrase,
    start: int,
    end: int,
    text: str,
    negations: Sequence[_Cue],
    softs: Sequence[_Cue],
    found: re.Match[str] | None = None,
) -> str:
    """The negation cue that governs the trigger at start ('' when none does); negations and
    softs are the negation cues of the phrase's language, and the soft ones among them; found
    is the trigger's match (its groups tell where its event is).

    A soft cue (weight below 1: "no further", "no longer", 试水无) says a thing is over rather
    than absent: it cancels urgency and the rest, but a leak that is over is still leak-related.
    A soft cue also softens a plain negation it covers (不漏了: 不 is part of it) or that it
    closes ("not flooding anymore": the negation before, "anymore" right after).
    """
    strong = soft = ""
    chinese = is_chinese(phrase)
    for cue in negations:
        if not chinese and cue.end <= start and start - cue.end > 40:
            continue  # too far before (the gap test below)
        if chinese and _asks(cue, text):
            continue  # 是不是渗水, 有没有漏水: a question, not a negation
        weak = cue.phrase.weight < 1
        if not weak and any(
            o.start <= cue.start and cue.end <= o.end and o is not cue for o in softs
        ):
            continue  # 不 inside 不漏了: the soft cue speaks for it
        if chinese and cue.start <= start < cue.end and weak:
            soft = soft or cue.text  # 不漏了: a soft cue that reaches into the trigger
            continue
        if chinese and cue.start < start < cue.end:
            strong = strong or cue.text  # 没有闻到: the trigger (有闻到…) starts inside 没有
            continue
        if start < cue.start and cue.end <= end:
            # a negation inside the trigger's span negates it only when it governs the event
            # the span ends with (热水器没有漏水, "the outlet isn't sparking"), not a word
            # before it in another clause or further back (阀门拧不紧，一直呲呲; 敲门没人应,
            # 车一直没熄火 … 叫不醒; "the outlet that isn't used is sparking": session 22)
            if not _governs_event(cue, start, end, text, chinese, found):
                continue
            if not weak and chinese and _closes_clause(cue, text):
                continue  # 暖气都没有，: the phrase says the thing is gone (round 23)
            if weak:
                soft = soft or cue.text
            else:
                strong = strong or cue.text  # 热水器没有漏水: the negation inside the phrase
            continue
        if cue.end > start:
            continue
        gap = text[cue.end : start]
        if len(gap) > 40 or _CLAUSE_BREAK.search(gap):
            continue
        filler = _ZH_FILLER if chinese else _EN_FILLER
        if (
            filler.match(gap.strip())
            or (not chinese and _EN_OR.match(gap.strip()))
            or (not chinese and cue.text == "no" and _EN_NOUN.match(gap))
        ):
            if weak:
                soft = soft or cue.text
            else:
                strong = strong or cue.text
    if strong and not soft:
        soft = _closing_soft(end, text, softs)
    if soft:
        return "" if phrase.field == "leak_related" else soft
    return strong


# "no water coming through the ceiling", "no smoke pouring out": a trigger that starts after the
# noun "no" negates says what that noun does (session 22)
_EN_NOUN = re.compile(r"^\s+[a-z]+\s+$")
# After a negation, a word of stopping says the thing goes on: 没熄火 (still running), 未停过,
# "hasn't stopped", "won't shut off" (session 22)
_STOPS_EN = re.compile(
    r"^\s*(?:stop|stops|stopped|go out|gone out|went out|shut off|turn off|turned off|die down|"
    r"died down|let up|ease up|eased)\b"
)
_STOPS_ZH = re.compile(r"^(?:熄|停|灭|断|散|止|关)")
_ZH_LEAD = re.compile(
    r"^(?:有|再|任何|什么|发现|看到|看见|出现|闻到|见|了|的|明显|地|是|再次|会|被)*"
)
# Between a negation and the word of the phrase it governs inside a span: at most this many
# Chinese characters besides filler (没有人被困, 没有孩子被困); with no group in the phrase, this
# many characters of the event the span ends with (热水器没有漏水), or English words besides
# filler ("isn't sparking")
_GAP_ZH = 3
_EVENT_ZH = 4
_EVENT_EN = 2


def _governs_event(
    cue: _Cue, start: int, end: int, text: str, chinese: bool, found: re.Match[str] | None
) -> bool:
    """Whether a negation inside a trigger's span governs what the phrase says (session 22).

    Not when the negation is one of the phrase's own words (it no longer matches without it:
    "fell and can't get up", "the door won't latch", 打不着), nor when it is in a stretch the
    phrase lets anything fill and governs something else there: a word of stopping right after
    it (没熄火, 未停过, "hasn't stopped" say the thing goes on), a clause break before the
    phrase's next word (阀门拧不紧，一直呲呲), or more than filler and a short noun before it
    (敲门没人应; "the outlet that isn't used much is sparking"). It governs one of the phrase's
    words that follows it closely (还没掉, 电梯里没有人被困, "the outlet isn't sparking"; with no
    group to tell the phrase's words, the few last ones of the span)."""
    if found is not None:
        again = found.re.match(text[: cue.start] + text[cue.end :], start)
        if again is None or again.end() != end - (cue.end - cue.start):
            return False  # the phrase's own "not" (without it, it no longer matches the span)
    tail = text[cue.end : end]
    if (_STOPS_ZH if chinese else _STOPS_EN).match(tail):
        return False
    words = [
        a
        for group in range(1, (found.lastindex or 0) + 1)
        if found is not None
        for a, b in (found.span(group),)
        if cue.end <= a < b <= end
    ]
    if words:  # the nearest of the phrase's words after the negation
        gap = text[cue.end : min(words)]
        if (_CLAUSE_BREAK_ZH if chinese else _CLAUSE_BREAK).search(gap):
            return False
        if chinese:
            return len(gap) - _ZH_LEAD.match(gap).end() <= _GAP_ZH
        gap = gap.strip()
        return bool(_EN_FILLER.match(gap) or _EN_OR.match(gap) or _EN_NOUN.match(f" {gap} "))
    if (_CLAUSE_BREAK_ZH if chinese else _CLAUSE_BREAK).search(tail):
        return False
    if chinese:
        return len(tail) - _ZH_LEAD.match(tail).end() <= _EVENT_ZH
    words_after = tail.split()
    return any(
        _EN_FILLER.match(" ".join(words_after[:cut])) or _EN_OR.match(" ".join(words_after[:cut]))
        for cut in range(max(0, len(words_after) - _EVENT_EN), len(words_after))
    )


_CLOSING_ZH = re.compile(r"(?:有)?(?:了|啦|呢)?(?:[，。！？；,.!?;\n]|$)")


def _closes_clause(cue: _Cue, text: str) -> bool:
    """True for a Chinese 没有 or 没 that ends its clause (暖气都没有，, 暖气没了，): it says the
    thing before it is gone, which a phrase that goes on past it says too, and negates nothing
    after it."""
    return cue.text in ("没有", "没") and bool(_CLOSING_ZH.match(text, cue.end))


def _asks(cue: _Cue, text: str) -> bool:
    """True for the 不 or 没 of a Chinese A不A question (是不是, 会不会, 有没有), and for 有没
    before a verb (有没漏水, Cantonese 有冇水漏: 有没水漏, session 22)."""
    before = text[cue.start - 1] if cue.start else ""
    if cue.text in ("不", "没"):
        return bool(before) and (
            text[cue.end : cue.end + 1] == before or (cue.text == "没" and before == "有")
        )
    return cue.text == "没有" and before == "有"


def _closing_soft(end: int, text: str, softs: list[_Cue]) -> str:
    """A soft cue just after the trigger, in its clause ("not leaking anymore")."""
    for cue in softs:
        if end <= cue.start <= end + 25 and not _CLAUSE_BREAK.search(text[end : cue.start]):
            return cue.text
    return ""


def _strongest(cues: list[_Cue], lo: int, hi: int, elsewhere_min: float) -> _Cue | None:
    """The strongest cue inside [lo, hi), or a strong one elsewhere (counted one lower)."""
    best: _Cue | None = None
    best_weight = 0.0
    for cue in cues:
        inside = cue.start >= lo and cue.end <= hi
        weight = cue.phrase.weight if inside else cue.phrase.weight - 1
        if not inside and cue.phrase.weight < elsewhere_min:
            continue
        if weight > best_weight:
            best_weight, best = weight, cue
    if best is None or best.phrase.weight == best_weight:
        return best
    return _Cue(_reweighted(best.phrase, best_weight), best.start, best.end, best.text)


def _reweighted(phrase: Phrase, weight: float) -> Phrase:
    return Phrase(
        language=phrase.language,
        field=phrase.field,
        value=phrase.value,
        pattern=phrase.pattern,
        kind=phrase.kind,
        weight=weight,
        note=phrase.note,
        rule=phrase.rule,
    )


def _tense(
    lo: int, hi: int, pasts: list[_Cue], actives: list[_Cue], reach: float
) -> tuple[_Cue | None, _Cue | None]:
    """The strongest past cue (its sentence, or one of weight `reach` elsewhere) and active
    cue (its sentence only: "still" in another sentence is about something else)."""
    past = _strongest(pasts, lo, hi, reach)
    if past is not None:  # 现在好了: "now" inside a past cue does not keep the event going
        actives = [a for a in actives if not (past.start <= a.start and a.end <= past.end)]
    return past, _strongest(actives, lo, hi, float("inf"))


def _is_over(past: _Cue, active: _Cue | None) -> bool:
    """Past wins over a weaker active cue, and over an equally weak one ("last week" against
    "started"); a strong active cue ("still", "again") keeps the event going."""
    if active is None:
        return True
    return (
        past.phrase.weight > active.phrase.weight
        or past.phrase.weight == active.phrase.weight < STRONG
    )


def _contained(strength: float, lo: int, hi: int, containeds: list[_Cue]) -> str:
    """The cue that makes a trigger of this strength small or not pressing ('' if none).

    A cue of weight 1 (a drip, a shut valve) calms triggers below STRONG in its sentence; a cue
    of weight 2 ("no rush", "only when it rains") calms every trigger of its sentence, and
    the weaker ones elsewhere in the message.
    """
    for cue in containeds:
        inside = cue.start >= lo and cue.end <= hi
        weight = int(cue.phrase.weight)  # 1.5 (CALMING) reaches as far as 1
        reach = weight if inside else weight - 1
        if reach >= 1 and strength < STRONG + (reach - 1):
            return cue.text
    return ""


# --------------------------------------------------------------------------- the defaults


@cache
def default_phrases() -> tuple[Phrase, ...]:
    """The phrases shipped with Caredesk (data/phrases.tsv)."""
    source = resources.files("caredesk.triage").joinpath("data/phrases.tsv")
    with source.open(encoding="utf-8") as handle:
        return tuple(phrases_read(handle))


def phrases_read(lines: Iterable[str]) -> Iterable[Phrase]:
    """Phrases from TSV lines: language, field, value, kind, weight, pattern, note."""
    rows = csv.reader(
        (line for line in lines if line.strip() and not line.startswith("#")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    for number, row in enumerate(rows, start=1):
        language, field_name, value, kind, weight, pattern, *note = row
        yield Phrase(
            language=language.strip(),
            field=field_name.strip(),
            value=value.strip(),
            pattern=pattern.strip(),
            kind=kind.strip(),
            weight=float(weight),
            note=(note[0].strip() if note else ""),
            rule=f"default:{number}",
        )
