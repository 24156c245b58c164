"""Runs the extraction passes over one article, in order.

1. paragraphs and sentences; page furniture (related links, share prompts,
   bylines) is set aside and read for metadata;
2. embedded social posts, then quotations and reported speech with their
   speaker phrases;
3. speaker phrases resolved to people with roles and organisations;
4. figures; 5. sources.
Every item's ``text`` is ``article.text[start:end]``.
"""

from __future__ import annotations

import bisect
import gc
import re
from itertools import accumulate, count

from briefing.extract.attribution import NAMED_CUE_AFTER_COMMA, Attribution, attribute
from briefing.extract.boilerplate import Boilerplate, find_boilerplate
from briefing.extract.first_names import gender_of_first_name
from briefing.extract.lexicon import FIRM_KINDS
from briefing.extract.names import (
    Entity,
    expand_title,
    is_place,
    is_role_word,
    looks_like_org,
    looks_like_outlet,
    norm_name,
)
from briefing.extract.numbers import find_numbers
from briefing.extract.phrases import forget_tokens
from briefing.extract.quotemarks import QuoteRun, find_quotes, paragraph_pieces
from briefing.extract.social import find_social_posts
from briefing.extract.sources import OutletBook, find_sources, posted_on_a_platform
from briefing.extract.speakers import SpeakerResolver, role_and_organization, role_like
from briefing.extract.text import paragraphs, sentences
from briefing.extract.trie import after_non_word_or, finditer_where
from briefing.extract.wrapping import unwrap
from briefing.models import Article, ArticleExtraction, Number, Quote, Source, Span, Speaker

EXTRACTOR_VERSION = "0.12"


#: A byline that names one person ("Nora Quill", "Ana de la Cruz"), not an outlet or a desk.
_PERSON_BYLINE = re.compile(
    r"[A-Z][\w.'\u2019-]+(?:\s+(?:(?:de|da|di|du|del|der|den|la|le|van|von|al|bin)\s+){0,2}[A-Z][\w.'\u2019-]+){1,3}")


_LABELLED = re.compile(r"[\"\u201c]?(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}|Q|A):\s")



# "the Speaker", "the Chancellor": a capitalised title with no name after it
_THE_TITLE = re.compile(r"[Tt]he\s+(?:Deputy\s+)?(?:Speaker|Chancellor|Treasurer|Governor|Mayor|President|Chairman|"
                        r"Chairwoman|Chair|Premier|Commissioner|Ombudsman|Registrar|Coroner)")

def _writer(byline: str | None) -> str | None:
    """The writer's name when the byline is one person ("By Nora Quill" -> "Nora Quill"); not an outlet,
    a desk or a job ("Harbour Wire", "Staff Reporter", "Political Correspondent"), nor two authors."""
    if not byline:
        return None
    name = re.sub(r"^(?:[Bb]y|BY)\s+", "", byline.strip())
    if not _PERSON_BYLINE.fullmatch(name) or looks_like_outlet(name) or looks_like_org(name):
        return None
    words = name.split()
    if any(w.lower() in _BYLINE_WORDS for w in words) or is_role_word(words[0]) or words[0].lower() in _DESK_WORDS:
        return None  # "Staff Reporter", "Political Correspondent"; but "Anna King", "Rich Baker" are names
    return name


_DESK_WORDS = frozenset("political foreign senior special chief guest business sports health education economics "
                        "technology science local national city metro legal diplomatic defence defense security "
                        "environment arts culture our the".split())
_BYLINE_WORDS = frozenset("staff desk team reporters newsroom guest letters bureau wire news service".split())


def _spoken_by_another(text: str, pos: int) -> bool:
    """Is the sentence that holds "I" at ``pos`` someone else's words without quotation marks: "I told him
    I could not pay, Vale said.", "Vale replied: I think it is too high."?"""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    stop = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    return NAMED_CUE_AFTER_COMMA.search(text, pos, stop) is not None \
        or _SAID_COLON_BEFORE.search(text, start, pos) is not None


_SAID_COLON_BEFORE = re.compile(r"\b(?:said|says|replied|replies|added|adds|explained|wrote|writes|told\s+\w+)\s*:\s*$")


def _span(text: str, se: tuple[int, int] | None) -> Span | None:
    if se is None:
        return None
    s, e = se
    return Span(text=text[s:e], start=s, end=e)


def extract(article: Article) -> ArticleExtraction:
    """Everything briefing finds in ``article``; every span indexes ``article.text``."""
    paused = gc.isenabled()
    if paused:
        # An article makes many short-lived objects (tokens, matches, phrases) that reference
        # counting frees; the cyclic collector would only walk them again and again (about 5% of
        # the time). It runs as usual once the article is done.
        gc.disable()
    try:
        return _extract(article)
    finally:
        forget_tokens()
        if paused:
            gc.enable()


def _extract(article: Article) -> ArticleExtraction:
    text = unwrap(article.text)  # the same offsets: soft line breaks of hard-wrapped text become spaces
    all_paras = paragraphs(text)
    bp = find_boilerplate(text, all_paras)
    paras = [p for p in all_paras if not bp.excludes(*p)]
    sents = sentences(text, paras)

    posts = find_social_posts(text)
    posts = [p for p in posts if not bp.excludes(p.attribution.start, p.attribution.end)]
    quotes = find_quotes(text, paras)
    reaches = _Reaches([(p.attribution.start, p.attribution.end) for p in posts])
    social_quotes = {qi for qi, q in enumerate(quotes) if reaches.beyond(q.start, q.start - 2)}  # or 2 after
    atts = attribute(text, paras, sents, quotes, social=social_quotes)
    atts = [a for a in atts if not reaches.beyond(a.end - 1, a.start)]
    atts.extend(p.attribution for p in posts)
    opens = [q.open_at for q in quotes]
    for a in atts:
        if a.kind == "indirect":
            a.end = _closing_mark_kept(text, quotes, opens, a.start, a.end)
    atts.sort(key=lambda a: (a.start, a.end))

    resolver = SpeakerResolver(text, [(q.start, q.end) for q in quotes])
    resolver.set_reported([(a.start, a.end) for a in atts if a.kind == "indirect" and (
                               a.speaker is not None or a.cue is not None and text[a.cue[0]:a.cue[1]] == "asked")]
                          + [(a.audience.start, a.audience.end) for a in atts if a.audience is not None])
    entities: dict[int, Entity | None] = {}
    for a in sorted(atts, key=lambda a: a.speaker.start if a.speaker else a.start):
        ent = entities[id(a)] = resolver.resolve(a)
        if ent is None and a.speaker is not None and (a.speaker.kind == "description" or a.speaker.kind == "name" and (
                _THE_TITLE.fullmatch(text, a.speaker.start, a.speaker.end))) \
                and text[a.speaker.start:a.speaker.end].strip():  # "the Speaker said": a post, nobody named
            entities[id(a)] = resolver.note_unnamed(a.speaker)  # "The ministry said ... It added"
    for p in posts:
        ent = entities.get(id(p.attribution))
        if ent is not None:
            ent.aliases.add(p.handle.lower())
            ent.aliases.add(p.handle.lower().lstrip("@"))
            if p.role and ent.role is None:
                ent.role = p.role

    _first_person_in_turns(text, atts, entities)
    byline = _writer(article.byline or bp.byline)
    if byline:
        writer: Entity | None = None
        for a in atts:
            # "I think the mayor is wrong" outside any quotation: the writer, whom the byline names; not
            # an answer after "A:" nor "I told him I could not pay, Vale said"
            if entities.get(id(a)) is None and a.kind == "indirect" and a.speaker is not None \
                    and text[a.speaker.start:a.speaker.end] == "I" and not _LABELLED.match(
                        text, text.rfind("\n", 0, a.speaker.start) + 1) \
                    and not _spoken_by_another(text, a.speaker.start):
                if writer is None:
                    writer = resolver.index.add(byline, a.speaker.start)
                    writer.role = writer.role or "writer"
                entities[id(a)] = writer
    for a in atts:
        if a.kind == "direct" and a.cue is not None and posted_on_a_platform(text, a.cue):
            a.kind = "social"  # '"I am safe," the president wrote on X': a post, quoted whole
    quotes_out = _by_paragraph([_quote(text, a, entities.get(id(a))) for a in atts if a.kind != "source"], text)
    people = {w.lower().strip(".'\u2019") for e in resolver.index.entities if e.kind == "person" and (
        len(e.tokens) == 1 or e.gender or gender_of_first_name(e.tokens[0])) for w in e.tokens}  # not "Greenpeace International"
    bodies = [e.name for e in resolver.index.entities if e.kind == "organization" and len(e.tokens) > 1]
    speakers = _speakers([entities.get(id(a)) for a in atts if a.speaker is not None and a.kind != "source"], people, text,
                         bodies)

    outlets = OutletBook([e.name for e in resolver.index.entities if e.kind == "outlet"]
                         + ([article.outlet] if article.outlet else []) + ([bp.outlet] if bp.outlet else []))
    social_sources = []
    for p in posts:
        # the handle signs the post below it, or heads it ("Name (@handle): ...")
        at = text.find(p.handle, p.attribution.end)
        if at < 0:
            at = text.rfind(p.handle, 0, p.attribution.start)
        if at >= 0:
            social_sources.append((at, at + len(p.handle), p.handle))
    sources = find_sources(text, atts, entities, outlets, social_sources, excluded=bp.excludes)

    meta = article.model_copy()
    if not meta.byline and bp.byline:
        meta.byline = bp.byline
    if not meta.outlet and bp.outlet:
        meta.outlet = bp.outlet
    result = ArticleExtraction(article=meta, quotes=quotes_out, speakers=speakers, sources=sources)
    result.numbers = _numbers(text, bp)
    if text is not article.text:
        _texts_from(article.text, result)
    return result


def _first_person_in_turns(text: str, atts: list[Attribution], entities: dict[int, Entity | None]) -> None:
    """"Odile Marchetti: ... for two years I could not write a sentence I believed": "I" inside a speaker's
    own words (a transcript turn, no quotation marks around it) is that speaker."""
    turns = [a for a in atts if a.kind == "direct" and entities.get(id(a)) is not None]
    if not turns:
        return
    starts = [a.start for a in turns]
    for a in atts:
        if a.kind != "indirect" or a.speaker is None or entities.get(id(a)) is not None \
                or text[a.speaker.start:a.speaker.end].lower() not in ("i", "we"):
            continue
        i = bisect.bisect_right(starts, a.speaker.start) - 1
        if i >= 0 and turns[i].start <= a.speaker.start and a.end <= turns[i].end:
            entities[id(a)] = entities[id(turns[i])]


def _texts_from(text: str, result: ArticleExtraction) -> None:
    """Every item's ``text`` sliced from ``text`` (the stored text, where the unwrapped copy the
    passes read has a space for a line break)."""
    spans: list[Quote | Span | Number | Source] = [*result.numbers, *result.sources]
    for q in result.quotes:
        spans += [q, *(s for s in (q.speaker_mention, q.cue) if s is not None)]
    for item in spans:
        item.text = text[item.start:item.end]


def _closing_mark_kept(text: str, quotes: list[QuoteRun], opens: list[int], start: int, end: int) -> int:
    """The end of a reported statement that quotes its last words ('the tariff "will hurt everyone."'):
    past the closing mark of a quotation it opens and would otherwise leave open."""
    i = bisect.bisect_left(opens, end) - 1
    if i < 0:
        return end
    q = quotes[i]
    if q.close_at is None or not start <= q.open_at < end <= q.end or text[end:q.end].strip(".,;:!? "):
        return end
    return q.outer_end


class _Reaches:
    """Spans (the social posts' attributions) asked "does one that starts at or before ``pos`` end after
    ``after``?" in log time, so an article with thousands of posts and quotations stays linear."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def beyond(self, pos: int, after: int) -> bool:
        i = bisect.bisect_right(self._starts, pos)
        return i > 0 and self._reach[i - 1] > after


def _numbers(text: str, bp: Boilerplate) -> list[Number]:
    return find_numbers(text, 0, bp.start, list(bp.skip))


def _quote(text: str, a: Attribution, ent: Entity | None) -> Quote:
    mention = _span(text, (a.speaker.start, a.speaker.end)) if a.speaker else None
    return Quote(
        text=text[a.start:a.end], start=a.start, end=a.end, kind=a.kind,  # type: ignore[arg-type]
        speaker=ent.name if ent is not None else None, speaker_mention=mention, cue=_span(text, a.cue),
        group=f"g{a.group}" if a.group is not None else None,
    )


def _by_paragraph(quotes: list[Quote], text: str) -> list[Quote]:
    """A direct quotation that runs over paragraphs becomes one piece per paragraph, the pieces one group
    (the group of a quotation split by its attribution, or a new one)."""
    if not any("\n" in q.text for q in quotes if q.kind == "direct"):
        return quotes
    used = {q.group for q in quotes if q.group is not None}
    out: list[Quote] = []
    for q in quotes:
        spans = paragraph_pieces(text, q.start, q.end) if q.kind == "direct" and "\n" in q.text else None
        if spans is None or len(spans) == 1:
            out.append(q)
            continue
        group = q.group
        if group is None:
            group = next(f"p{n}" for n in count(1) if f"p{n}" not in used)
            used.add(group)
        out.extend(q.model_copy(update={"text": text[s:e], "start": s, "end": e, "group": group}) for s, e in spans)
    return out


_ACRONYM_TAIL = re.compile(r"\s+\([A-Z][A-Za-z&.-]{1,9}\)$")


# the kind of body a one-word organisation before a job may stand for ("Federation secretary X")
_BODY_CLASS_WORDS = frozenset("federation union confederation association institute commission trust foundation "
                              "society league alliance front movement consortium coalition guild".split())


def _speakers(ents: list[Entity | None], people: set[str], text: str, bodies: list[str] = ()) -> list[Speaker]:
    seen: dict[int, Entity] = {}
    for e in ents:
        if e is not None and id(e) not in seen:
            seen[id(e)] = e
    out = []
    titled: dict[str, str] | None = None
    for e in seen.values():
        aliases = set(e.aliases) | {norm_name(e.name), norm_name(e.surname)}
        role = e.role if e.role and role_like(e.role) else None  # a role, never a clause the rules took for one
        if role is None and e.kind == "person" and len(e.tokens) >= 2:
            if titled is None:
                titled = _titled_names(text)
            if e.name in titled:
                role = expand_title([titled[e.name]])  # "Gov. Catherine Whitfield toured a farm ... Whitfield said"
        role, org = role_and_organization(role, e.organization, people, text) if e.kind == "person" \
            else (role, e.organization)
        if org and " " not in org and org.lower() in _BODY_CLASS_WORDS \
                and len(whole := {b for b in bodies if b.rsplit(" ", 1)[-1] == org}) == 1:
            org = whole.pop()  # "Federation secretary" after "the Nurses and Midwives Federation": the whole name
        if org and org not in bodies and not is_place(org) and org.lower() not in people \
                and len(longer := {b for b in bodies if b.startswith(org + " ")
                                   and not any(w.lower() in people for w in b[len(org) + 1:].split())}) == 1:
            org = longer.pop()  # "Marrow Valley Water was fined ... Marrow Valley's chief executive": the whole name
        if org and org.endswith(")") and (bracket := _ACRONYM_TAIL.search(org)) is not None:
            org = org[:bracket.start()]  # "University and College Staff Union (UCSU)": the name, not its short form
        if org and (where := _PLACE_TAIL.search(org)) is not None and is_place(where.group(1)):
            org = org[:where.start()]  # "Greyfield Academy in Bradmoor": the body, not where it is
        if org and (kind := _KIND_HEAD.match(org)) is not None:
            org = org[kind.end():]  # "London firm Castle & Reade": the firm's name, not what it is
        out.append(Speaker(name=e.name, role=role, organization=org,
                           aliases=sorted(a for a in aliases if a), kind=_speaker_kind(e)))
    return out


_PLACE_TAIL = re.compile(r"\s+in\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)$")
# what a body is, before its capitalised name: "London firm Castle & Reade", "the Spanish bank Banco Sur"
_KIND_HEAD = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:law\s+|consulting\s+|accounting\s+|investment\s+)?"
                        r"(?:" + "|".join(sorted(FIRM_KINDS | {"broker"})) + r")\s+(?=[A-Z])")
# an abbreviated title right before a full name
# after no word character or dot (finditer_where)
_AFTER_NO_WORD_OR_DOT = after_non_word_or(".")
_TITLE_BEFORE_NAME = re.compile(r"(?P<t>Sen|Rep|Gov|Gen|Col|Capt|Sgt|Adm|Lt|Cmdr|Supt|Insp|Det)\.\s+"
                                r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})")


def _titled_names(text: str) -> dict[str, str]:
    """Each name an abbreviated title stands before (its first such title), in one pass over the text:
    "Rep. Gary Toomes" -> {"Gary Toomes": "Rep."}, with the shorter runs of its words too."""
    out: dict[str, str] = {}
    for m in finditer_where(_TITLE_BEFORE_NAME, text, _AFTER_NO_WORD_OR_DOT):
        words = m.group("name").split()
        for k in range(2, len(words) + 1):
            out.setdefault(" ".join(words[:k]).rstrip(".,"), m.group("t") + ".")
    return out


def _speaker_kind(e: Entity) -> str:
    """The kind a reviewer sees: a "person" that is a place ("Colorado Springs"), a pair ("France and
    Germany") or a phrase in lower case ("from Texas") is listed as what it is, not as a person."""
    if e.kind != "person":
        return e.kind
    if " and " in e.name and all(len(half.split()) >= 2 and gender_of_first_name(half.split()[0]) is not None
                                 for half in e.name.split(" and ", 1)):
        return "person"  # "Ruth Castellanos and Bradley Hume": two people who spoke together
    if is_place(e.name) or " and " in e.name:
        return "organization"
    if e.name[:1].islower():
        return "unnamed"
    return "person"
