"""Status of a recommendation from one evidence passage: explicit status words first, else rules on the prose.

The `Judge` protocol is the seam for a language-model judge; `RulesJudge` is the default."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from .models import EvidenceUnit, Judgement, Recommendation
from .text import norm

if TYPE_CHECKING:  # (for annotations only)
    from .prose import Reading

# Status words and phrases (normalised lower case), mapped to statuses. Longest match wins.
LEXICON_PHRASES = {
    "atgardad": ["helt åtgärdad", "helt åtgärdat", "helt genomfört", "har genomförts", "har åtgärdats", "har beslutats",
                 "har införts", "är genomförd", "är genomfört", "är åtgärdad", "är åtgärdat", "är klar", "är klart",
                 "genomförs löpande", "åtgärdat", "åtgärdad", "åtgärdade", "genomfört", "genomförd", "genomförda",
                 "klart", "klar", "avslutad", "avslutat", "avslutade", "slutfört", "slutförd", "implementerad",
                 "implementerat", "infört", "införd", "beslutad", "beslutat", "fastställd", "fastställt", "verkställd",
                 "verkställt", "uppfyllt", "uppfylld", "färdigt", "färdig", "omhändertagen", "omhändertaget",
                 "hanterad", "hanterat", "ja"],
    "delvis": ["delvis genomfört", "delvis genomförd", "delvis åtgärdat", "delvis åtgärdad", "delvis klart",
               "delvis klar", "delvis uppfyllt", "delvis infört", "delvis omhändertagen", "under arbete", "i arbete",
               "under genomförande", "inlett arbete", "pågående arbete", "arbete pågår", "på gång", "under utredning",
               "påbörjat", "påbörjad", "påbörjade", "påbörjats", "pågår", "pågående", "delvis", "inlett", "inledd",
               "startat", "igångsatt", "utreds"],
    "ej_atgardad": ["ännu inte påbörjat", "ännu ej påbörjat", "ej påbörjat", "ej påbörjad", "inte påbörjat",
                    "inte påbörjad", "ej genomfört", "ej genomförd", "inte genomfört", "inte genomförd", "ej åtgärdat",
                    "ej åtgärdad", "inte åtgärdat", "inte åtgärdad", "ej klart", "ej klar", "inte klart", "inte klar",
                    "ej startat", "inte startat", "ej beslutat", "inte beslutat", "ej hanterad", "inte hanterad",
                    "ej uppfyllt", "inte uppfyllt", "ej inlett", "inte inlett", "ej omhändertagen",
                    "inte omhändertagen", "ej infört", "inte infört", "ej aktuellt", "kvarstår", "kvarstående",
                    "planeras", "planerad", "planerat", "återstår", "avvaktar", "nej"],
    "oklart": ["ej bedömt", "ej bedömd", "inte bedömt", "bedöms ej", "ingen uppgift", "uppgift saknas", "oklart",
               "okänt", "noteras"],
}
LEXICON = {p: s for s, ps in LEXICON_PHRASES.items() for p in ps}


def _uncertain_phrases() -> list[str]:
    from .lexicon import load_lexicon

    return sorted(load_lexicon().uncertain, key=len, reverse=True)


LEXICON.update({p: "oklart" for p in _uncertain_phrases() if p not in LEXICON})  # "Kan inte bedömas" in a status cell
_LEX_RE = re.compile(r"(?<![\wåäö])(" + "|".join(re.escape(p) for p in sorted(LEXICON, key=len, reverse=True)) + r")(?![\wåäö])")
NEGATION_RE = re.compile(r"(?<![\wåäö])(ej|inte|icke|ännu inte|inte ännu|ej ännu)\s+$")

# The words that label a status ("Status: Påbörjat", "Bedömning: delvis omhändertagen"); "läge" too in a label of
# its own (committees.labelled_turns reads the others' lines for the committees they name).
STATUS_LABEL_WORDS = r"status|bedömning|lägesbedömning|statusangivelse"
STATUS_LABEL_RE = re.compile(
    r"(?:^|\n|\s)(?:" + STATUS_LABEL_WORDS + r"|läge)(?:\s+(?:per|i|den)\s+[^:\n]{1,30})?\s*[:\-–]\s*(?P<v>[^\n]{1,80})",
    re.I,
)


def status_from_words(value: str) -> str | None:
    """Map a short status value ("Delvis genomfört", "Ej påbörjat", "Klart") to a status; None if no status word."""
    v = norm(value)
    m = _LEX_RE.search(v)
    if not m:
        return None
    status = LEXICON[m.group(1)]
    if status in ("atgardad", "delvis") and NEGATION_RE.search(v[: m.start()]):
        return "ej_atgardad"
    return status


def status_hits(value: str) -> list[tuple[re.Match[str], str]]:
    """Every status word of a (normalised) value in order, with its status, a negation before it ("inte
    omhändertagen") read since the previous one: "inte omhändertagen för A, delvis omhändertagen för B" gives
    ej_atgardad, then delvis."""
    out: list[tuple[re.Match[str], str]] = []
    start = 0
    for m in _LEX_RE.finditer(value):
        status = LEXICON[m.group(1)]
        if status in ("atgardad", "delvis") and NEGATION_RE.search(value[start:m.start()]):
            status = "ej_atgardad"
        out.append((m, status))
        start = m.end()
    return out


def explicit_status(text: str) -> tuple[str, str] | None:
    """A labelled status in the text ("Status: Påbörjat"), as (raw value, status)."""
    for m in STATUS_LABEL_RE.finditer(text):
        raw = m.group("v").strip()
        st = status_from_words(raw.split(".")[0])
        if st:
            return raw, st
    return None


# --- rules on prose ---------------------------------------------------------------
_NOT_DONE = re.compile(
    r"(har|är|blivit)\s+(ännu\s+|fortfarande\s+)?(inte|ej)\s+(\w+\s+)?(tagits fram|påbörja\w*|genomför\w*|inlett\w*|beslutat\w*|"
    r"införts?|gjorts|åtgärda\w*|fastställ\w*|utarbeta\w*|utforma\w*|startat\w*|hanterat\w*)"
    r"|(ej|inte|ännu inte)\s+påbörja\w*|saknas\s+(fortfarande|ännu|alltjämt)|finns\s+(ännu|fortfarande)\s+(inte|ej|ingen|inget)"
    r"|(inte|ej)\s+fattat\s+(något\s+)?beslut|inget\s+beslut\s+(har|är)"
    r"|har\s+(?:[\wåäö]+\s+){1,3}(inte|ej)\s+(ännu\s+)?(påbörjat|genomfört|tagit\s+fram|infört|åtgärdat|beslutat|startat|inlett)"
    r"|inga\s+åtgärder\s+(har|är)|kvarstår|något\s+arbete\s+har\s+(ännu\s+)?inte|inget\s+arbete\s+har",
    re.I,
)
_PARTIAL = re.compile(
    r"påbörja\w*|pågår|pågående|har\s+(?:[\wåäö]+\s+){0,2}inlett|inlett\s+(arbetet|ett arbete)|inletts|delvis|under\s+arbete|i\s+arbete\s+med"
    r"|ännu\s+(inte|ej)\s+(är\s+)?(slutfört|slutförd|klart|klar|bestämt|avslutat|färdigt|färdig|helt|fullt|beslutat|fastställt)"
    r"|(inte|ej)\s+(är\s+)?(helt\s+)?(slutfört|klart|färdigt)\s+ännu|har\s+fått\s+i\s+uppdrag|har\s+(gett|givit|gett)\s+\w+(\s+\w+)?\s+i\s+uppdrag"
    r"|gav\s+\w+(\s+\w+)?\s+i\s+uppdrag|fick\s+i\s+uppdrag|har\s+startat|startade|är\s+under\s+(framtagande|utveckling|utredning)",
    re.I,
)
_DONE = re.compile(
    r"\b(beslutade|fastställde|fastställdes|antog|antogs|infördes|ändrades|togs\s+fram|genomfördes|inrättades|tillsattes"
    r"|har\s+(nu\s+)?(genomförts|införts|beslutats|fastställts|tagits\s+fram|antagits|ändrats|inrättats|implementerats|åtgärdats"
    r"|slutförts|utvecklats|kompletterats|upprättats|arbetats\s+in)"
    r"|har\s+(nu\s+)?(beslutat|fastställt|tagit\s+fram|infört|genomfört|antagit|ändrat|inrättat|implementerat|åtgärdat|slutfört)"
    r"|är\s+(nu\s+)?(genomförd|genomfört|infört|införd|klar|klart|på\s+plats|åtgärdad|åtgärdat|fastställd|beslutad)"
    r"|har\s+(?:[\wåäö]+\s+){1,2}(beslutat|fastställt|tagit\s+fram|infört|genomfört|antagit|ändrat|inrättat|implementerat|åtgärdat|slutfört)"
    r"|innehåller\s+(sedan|numera|nu)|(från\s+och\s+med|sedan)\s[^.]{0,120}\b(innehåller|finns|tillämpas|redovisas|ingår)"
    r"|finns\s+(nu\s+|numera\s+)?sedan|utgår\s+(nu\s+)?från\s+dessa|numera)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(avser\s+att|kommer\s+att|planerar\s+att|planeras|ska\s+\w+|skall\s+\w+|har\s+för\s+avsikt)\b", re.I)
_NONCOMMITTAL = re.compile(
    r"\b(noterar|tar\s+del\s+av|tackar\s+för|(avser\s+att|kommer\s+att)\s+återkomma|återkommer|delar\s+(revisorernas\s+)?bedömning"
    r"|instämmer|har\s+tagit\s+del)\b",
    re.I,
)
_ANSWER_MARK = re.compile(r"(svar|kommentar|åtgärd(?:er)?|vidtagna\s+åtgärder|yttrande|redovisning)\s*:", re.I)


_RESTATING = re.compile(r"\b(bör|rekommenderar|rekommenderas)\b", re.I)


def answer_part(text: str) -> str:
    """The response part of a block: after "…svar:"/"Kommentar:" when present, else without the sentences that
    restate the recommendation (a recommending verb, the recommendation's giving; prose.restating) - the auditors'
    verdict on it stays, not the finding they restate it after."""
    from .prose import restating

    m = _ANSWER_MARK.search(text)
    if m:
        return text[m.end():]
    sents = re.split(r"(?<=[.!?])\s+", text)
    told = told_findings(sents)  # (and the audit's finding told just before it is restated)
    kept = [s for k, s in enumerate(sents) if not restating(s) and k not in told]
    return " ".join(kept) if kept else text


def _regex_reading(t: str) -> "Reading":
    """The older cue patterns on one sentence (used where the structural reading finds no verb group)."""
    from .prose import Reading

    masked = t
    not_done = [m.group(0) for m in _NOT_DONE.finditer(masked)]
    masked = _NOT_DONE.sub(" ", masked)
    partial = [m.group(0) for m in _PARTIAL.finditer(masked)]
    masked = _PARTIAL.sub(" ", masked)
    done = [m.group(0) for m in _DONE.finditer(masked)]
    future = [m.group(0) for m in _FUTURE.finditer(masked)]
    noncommittal = [m.group(0) for m in _NONCOMMITTAL.finditer(t)]
    return Reading(done=done, ongoing=partial, not_done=not_done, intended=future, stance=noncommittal)


_UNCERTAIN_RES = [(p, re.compile(r"(?<![\wåäö])" + re.escape(p) + r"(?![\wåäö])")) for p in _uncertain_phrases()]


def uncertain(sentence: str) -> str | None:
    """The uncertainty frame a sentence uses ("det är för tidigt att bedöma", "har inte kunnat följas upp"; lexicon
    [status] uncertain), longest first, or None: the follow-up says the status cannot be told."""
    low = norm(sentence)
    found = next((p for p, rx in _UNCERTAIN_RES if rx.search(low)), None)
    if found is None:
        from .lexicon import load_lexicon

        m = load_lexicon().rx("deferred_re").search(low)  # left for a later follow-up
        found = m.group(0) if m else None
    return found


def _unclear(sentence: str, frame: str) -> Judgement:
    return Judgement(status="oklart", sentence=sentence,
                     reason=f"Uppföljningen säger ”{frame}”: det går inte att säga om rekommendationen är åtgärdad.")


def judge_prose(text: str) -> Judgement:
    """Sentence by sentence: the structural reading (prose.py: clauses, negation, tense, modality), else the cue
    patterns; then the passage: the auditors' own verdict sentence, when it gives a status, outweighs the rest;
    else a refusal is not done; anything partly or ongoing, or done beside not done, is partly done; not done;
    done; only an intention is not done; only a stance (notes, agrees) is unclear."""
    from .prose import (Reading, auditors_act, pending, procedural, read_sentence, recommendation_verdict, restating,
                        verdict)
    from .topics import audit_act

    t = " ".join(text.split())
    total = Reading()
    said: list[tuple[str, Reading]] = []
    verdicts: list[Judgement] = []
    unclear: Judgement | None = None
    sents = re.split(r"(?<=[.!?])\s+", t)
    found = told_findings(sents)
    for k, sent in enumerate(sents):
        frame = uncertain(sent)
        if frame and unclear is None:
            unclear = _unclear(sent, frame)  # "har inte kunnat följas upp": whatever else is said, it cannot be told
        if k in found or restating(sent) or auditors_act(sent) or procedural(sent) or audit_act(sent):
            continue  # the recommendation restated, the auditors' own work ("Revisionskontoret har följt upp …"),
            # the handling of the matter ("Ärendet har beretts av förvaltningen"), or what the audit found
            # ("Granskningen från 2024 visade brister i …")
        r = read_sentence(sent)
        if r.empty():
            r = _regex_reading(sent)
        elif pending(r) and not (r.not_done or r.ongoing or r.partly):
            r.ongoing.append(f"{r.done[0]} … {r.intended[0]}")  # done, and more to do within one sentence
        total.add(r)
        if not r.empty():
            said.append((sent, r))
        if verdict(sent) or recommendation_verdict(sent):
            j = judge_sentence(sent, prose=False)
            if j is not None and j.status != "oklart":
                verdicts.append(j if j.sentence else j.model_copy(update={"sentence": sent}))
    if verdicts:  # the auditors' verdict: the last one in the passage is their conclusion
        return verdicts[-1]
    if unclear is not None:
        return unclear
    j = _passage_status(total)
    return j.model_copy(update={"sentence": _saying(said, j.status)})


def told_findings(sents: list[str]) -> set[int]:
    """The sentences that are the auditors' words just before they are restated recommending ("Revisorerna
    konstaterar att … De rekommenderar nämnden att …"): the audit's finding told again, no verdict of a follow-up and
    no measure."""
    from .prose import restating, verdict

    return {k for k in range(len(sents) - 1) if verdict(sents[k]) and restating(sents[k + 1])}


def _saying(said: list[tuple[str, "Reading"]], status: str) -> str | None:
    """The sentence that says the passage's status: the first whose own cues give it, else the first with a cue
    of that kind."""
    from .prose import sentence_status

    for sent, r in said:
        if sentence_status(r) == status:
            return sent
    kinds = {"delvis": ("ongoing", "partly", "not_done"), "ej_atgardad": ("declined", "not_done", "intended"),
             "atgardad": ("done",), "oklart": ("stance",)}[status]
    if status == "ej_atgardad" and not any(getattr(r, k) for _, r in said for k in kinds):
        kinds = ("stance",)  # agreed, nothing done
    return next((sent for sent, r in said if any(getattr(r, k) for k in kinds)), None)


AGREES_ONLY = "instämmer men anger ingen åtgärd: "  # a weak status: any passage that says what was done outranks it


def _passage_status(total: "Reading") -> Judgement:
    if total.declined:  # a refusal: what is already done is the reason given for refusing
        return Judgement(status="ej_atgardad", reason="avböjer: " + ", ".join(total.declined[:3]))
    partial = total.ongoing + total.partly
    if partial or (total.done and total.not_done):
        return Judgement(status="delvis", reason="pågående/ofullständigt: " + ", ".join((partial or total.not_done)[:3]))
    if total.not_done:
        return Judgement(status="ej_atgardad", reason="inte genomfört: " + ", ".join(total.not_done[:3]))
    if total.done:
        return Judgement(status="atgardad", reason="genomfört/beslutat: " + ", ".join(total.done[:3]))
    if total.intended:
        return Judgement(status="ej_atgardad", reason="endast avsikt, inget genomfört")
    if total.stance:
        from .prose import agrees_only

        if agrees_only(total):
            return Judgement(status="ej_atgardad", reason=AGREES_ONLY + ", ".join(total.stance[:3]))
        return Judgement(status="oklart", reason="inget besked om åtgärd: " + ", ".join(total.stance[:3]))
    return Judgement(status="oklart", reason="inga uppgifter om åtgärder")


class Judge(Protocol):
    """Decides the status one evidence passage gives a recommendation (the seam for a model judge)."""

    def judge(self, rec: Recommendation, unit: EvidenceUnit) -> Judgement: ...


_BULLET_SPLIT_RE = re.compile(r"(?:^|\s)[•▪●◦]\s+")
MIN_DATED = 1  # measures listed with their time, at least, for the list to speak by its dates


@lru_cache(maxsize=1)
def _dated_re() -> re.Pattern[str]:
    """A listed measure that opens with the point in time it was or will be done, then a dash ("2024-01-15 – …",
    "Oktober 2024 (planerat) – …", "Hösten 2024 – …"); a span of time ("Kvartalsvis 2024–2025 – …") is none."""
    from ingest.text import MONTH_NUMBER

    from .prose import _vocab

    names = "|".join(sorted(map(re.escape, [*MONTH_NUMBER, *_vocab().seasons]), key=len, reverse=True))
    return re.compile(rf"^(?:(?:19|20)\d\d-[01]\d-[0-3]\d|(?:{names})\s+(?:19|20)\d\d)(?![-–]\d)"
                      rf"(?:\s*\([^)]{{1,30}}\))?\s+[–—-]\s+\S", re.I)


def dated_measures(text: str) -> Judgement | None:
    """A list of measures each with its time ("• 2024-01-15 – En plan gäller …", "• Hösten 2024 (planerat) – …"), as
    responses and action plans give them: a measure marked as intended ("planerat", "ska") is yet to be done, any
    other with its time is done. All done: done; done and intended: partly; only intended: not done. None when no
    listed measure gives its time."""
    from .prose import _vocab

    items = [b.strip() for b in _BULLET_SPLIT_RE.split(text)[1:] if b.strip()]
    rx, intends = _dated_re(), _vocab().intention
    dated = [(b, bool(intends.search(b))) for b in items if rx.match(b)]
    if len(dated) < MIN_DATED:
        return None
    done = [b for b, planned in dated if not planned]
    planned = [b for b, p in dated if p]
    if not planned:
        status, cited = "atgardad", done[0]
        reason = f"Svaret redovisar genomförda åtgärder med datum ({len(done)}), inga som bara är planerade."
    elif not done:
        status, cited = "ej_atgardad", planned[0]
        reason = f"Svaret redovisar bara planerade åtgärder ({len(planned)}); inget är genomfört ännu."
    else:
        status, cited = "delvis", planned[0]
        reason = f"Svaret redovisar både genomförda ({len(done)}) och planerade ({len(planned)}) daterade åtgärder."
    return Judgement(status=status, sentence=cited, reason=reason)  # type: ignore[arg-type]


class RulesJudge:
    """Explicit status words (lexicon, longest match, negations) first, else rules on the prose."""

    def judge(self, rec: Recommendation, unit: EvidenceUnit) -> Judgement:
        if unit.column_statuses:  # a status matrix's row: the committees' statuses together (committees.py splits)
            from .committees import combine
            from .matrix import cell_status

            read = [(w, cell_status(w, {})) for _, w in unit.column_statuses]
            known = [(w, st) for w, st in read if st]
            if known:
                return Judgement(status=combine([st for _, st in known]),  # type: ignore[arg-type]
                                 reason="statusangivelse: " + ", ".join(dict.fromkeys(w for w, _ in known)),
                                 sentence=unit.quote)
        if unit.explicit_status:
            st = status_from_words(unit.explicit_status)
            if st:
                return Judgement(status=st, reason=f"statusangivelse: {unit.explicit_status}",  # type: ignore[arg-type]
                                 sentence=unit.quote if unit.kind == "table_row" else unit.explicit_status)
        found = explicit_status(unit.text)
        if found:
            line = next((ln.strip() for ln in unit.text.split("\n") if found[0] in ln), found[0])
            label = re.search(r"[^.:\n]{0,40}[:\-–]\s*" + re.escape(found[0]), unit.text)
            return Judgement(status=found[1], reason=f"statusangivelse: {found[0]}",  # type: ignore[arg-type]
                             sentence=label.group(0).strip() if label else line)
        for _, text in [(unit.page, unit.quote), *unit.extra_quotes]:
            for line in text.split("\n"):  # a line that is only a status word ("Delvis genomfört")
                if norm(line).rstrip(".") in LEXICON and len(line.split()) <= 4:
                    return Judgement(status=LEXICON[norm(line).rstrip(".")], reason=f"statusangivelse: {line.strip()}",  # type: ignore[arg-type]
                                     sentence=line.strip())
        from .prose import procedural, restating

        dated = dated_measures(answer_part(unit.text))
        if dated is not None:
            return dated
        j = judge_prose(answer_part(unit.text))
        if j.reason == "inga uppgifter om åtgärder":  # the prose rules found nothing: sentence by sentence, the
            sents = re.split(r"(?<=[.!?])\s+", " ".join(unit.text.split()))  # lexicon's phrases may
            told = told_findings(sents)
            for k, sent in enumerate(sents):
                if k not in told and not restating(sent) and not _RESTATING.search(sent) and not procedural(sent):
                    said = judge_sentence(sent)
                    if said is not None:
                        return said
        return j


_LABEL_SV = {"atgardad": "åtgärdad", "delvis": "delvis åtgärdad", "ej_atgardad": "inte åtgärdad", "oklart": "oklar"}


def _phrase_re():
    from .lexicon import load_lexicon

    lex = load_lexicon()
    pairs = [(p, s) for s, ps in lex.status_phrases.items() for p in ps]
    pairs.sort(key=lambda x: -len(x[0]))
    return pairs


def judge_sentence(sentence: str, prose: bool = True) -> Judgement | None:
    """A verdict sentence of a follow-up ("… bedömer att nämnden inte i alla delar har omhändertagit
    rekommendationen"): the lexicon's prose phrases (longest first), else the prose rules (the structural reading
    only when `prose` is False); None if it says nothing."""
    from .prose import procedural

    if procedural(sentence):
        return None  # the handling of the matter or of the recommendations, no status of any
    low = norm(sentence)
    frame = uncertain(sentence)
    if frame:
        return _unclear(sentence, frame)
    said = _verdict_clause(sentence, low)
    if said is not None:
        return said
    for phrase, status in _phrase_re():
        at = low.find(phrase)
        if at < 0 or (status != "ej_atgardad" and re.search(r"\b(?:inte|ej)\b(?:\s+\S+){0,2}\s+$", low[max(0, at - 30):at])):
            continue  # "inte har omhändertagit rekommendationen" is not "har omhändertagit rekommendationen"
        qualifier = _partly(low) if status == "atgardad" else None
        if qualifier:  # "har till viss del omhändertagit …": done, but only partly
            return Judgement(status="delvis", sentence=sentence,
                             reason=f"Uppföljningen säger ”{qualifier} … {phrase}”, vilket läses som delvis åtgärdad.")
        return Judgement(status=status, sentence=sentence,  # type: ignore[arg-type]
                         reason=f"Uppföljningen säger ”{phrase}”, vilket läses som {_LABEL_SV[status]}.")
    if not prose:
        from .prose import read_sentence, sentence_status

        st = sentence_status(read_sentence(sentence))
        if st is None or st == "oklart":
            return None
        return Judgement(status=st, sentence=sentence,  # type: ignore[arg-type]
                         reason=f"Revisorernas bedömning läses som {_LABEL_SV[st]}.")
    j = judge_prose(sentence)
    if j.status == "oklart":
        found = _intention(low)
        return found.model_copy(update={"sentence": sentence}) if found else None
    return j.model_copy(update={"sentence": sentence})


_CLAUSE_END = re.compile(r"[,;:]\s|\s(?:men|medan|eftersom|då|dock)\s")
_CLAUSE_START = re.compile(r"[,;:]\s|\s(?:men|medan|eftersom|då|dock|och|varför|vilket)\s")


def _verdict_clause(sentence: str, low: str) -> Judgement | None:
    """A verdict on the recommendation itself ("… och rekommendationen bedöms därför som delvis åtgärdad", "…
    bedöms ha genomfört rekommendationen"): the status words of that clause decide, whatever cue the rest of the
    sentence holds ("har ännu inte nått ut till all personal" is why it is partly done); a negated verb of seeing or
    saying before it ("kan inte säga att rekommendationen är omhändertagen") makes a done verdict not done."""
    from .lexicon import load_lexicon
    from .prose import _vocab, recommendation_verdict

    if not recommendation_verdict(sentence):
        return None
    v = _vocab()
    m = v.rec_verdict.search(low)
    if m is None:
        return None
    starts = [c.end() for c in _CLAUSE_START.finditer(low[:m.start()])]
    before = low[starts[-1] if starts else 0:m.start()]
    unseen = v.unseen.search(low[:m.start()])
    if not unseen and re.search(r"\b(?:inte|ej|aldrig)\b", before):
        return None  # "… har ännu inte kommit så långt att rekommendationen kan anses …": read as a whole
    tail = low[m.start():]
    end = _CLAUSE_END.search(tail, m.end() - m.start())
    clause = tail[:end.start()] if end else tail
    hits = status_hits(clause)
    if not hits:
        return None
    hit, status = hits[0]
    if status == "oklart":
        return None
    if status != "ej_atgardad" and re.search(r"\b(?:inte|ej)\b", clause[:hit.start()]):
        status = "ej_atgardad"  # "bedöms därför inte vara åtgärdad"
    if unseen:
        status = "ej_atgardad"
    elif _partly(clause):
        status = "delvis"  # "är därför inte fullt ut genomförd", "är inte helt åtgärdad"
    elif status == "ej_atgardad" and any(
            re.search(r"(?<![\wåäö])" + re.escape(q) + r"(?![\wåäö])", clause) for q in load_lexicon().not_fully):
        status = "delvis"  # "är inte omhändertagen fullt ut"
    return Judgement(status=status, sentence=sentence,  # type: ignore[arg-type]
                     reason=f"Bedömningen av rekommendationen (”{' '.join(clause.split())}”) läses som {_LABEL_SV[status]}.")


def _partly(low: str) -> str | None:
    from .lexicon import load_lexicon

    return next((q for q in load_lexicon().partly if re.search(r"(?<![\wåäö])" + re.escape(q) + r"(?![\wåäö])", low)),
                None)


def _intention(low: str) -> Judgement | None:
    """Only an intention ("kommer att", "will"): nothing is done yet."""
    from .lexicon import load_lexicon

    hit = next((p for p in load_lexicon().future if p in f"{low} "), None)
    if hit is None:
        return None
    return Judgement(status="ej_atgardad", reason="endast avsikt, inget genomfört")
