"""A follow-up sentence that names a recommendation by its subject ("Revisionskontoret bedömer att rekommendationen
om förarnas bemötande inte är åtgärdad") links its paragraph to that recommendation, whatever the rest of the
paragraph is most like (followup.named_units, topics.Topics.named; lexicon [topics] named_re). Invented texts."""

from __future__ import annotations

from assistant.recommendations.models import Recommendation
from assistant.recommendations.topics import Topics
from tests.test_recommendations_followup_styles import _tracked

MEMO = """Stadsrevisionen - Revisionskontoret
PM
Datum: 2025-11-04
Till: Revisorsgrupp 4

Uppföljning av granskningen av tillgängligheten i kollektivtrafiken

Revisionskontoret har följt upp trafiknämndens arbete med rapportens rekommendationer under hösten 2025.

Trafiknämnden

Förarna har vid arbetsplatsträffar fått information om den inventering av hållplatsernas tillgänglighet som ligger till grund för nämndens åtgärdsplan. Revisionskontoret bedömer att rekommendationen om förarnas bemötande av resenärer inte är åtgärdad.

Nämndens årsrapport för 2024 innehöll för första gången ett avsnitt om fordonen och deras tillgänglighet. Rekommendationen om den årliga redovisningen av fordonsflottan bedöms därmed som åtgärdad.
"""


def test_a_paragraph_speaks_to_the_recommendation_it_names_by_subject(tmp_path, embedder):
    items, links = _tracked(tmp_path, embedder, **{"pm-kollektivtrafik-2025": MEMO})
    assert items["r4"].status == "ej_atgardad"
    assert "förarnas bemötande" in items["r4"].cited.quote
    assert items["r3"].status == "atgardad"
    assert not [le for le in links if le.unit.doc_id == "pm-kollektivtrafik-2025" and le.rec_id.endswith("r1")
                and "förarnas bemötande" in le.unit.text]


def _recs(texts: list[str]) -> list[Recommendation]:
    return [Recommendation(id=f"a:r{k + 1}", report_doc_id="a", number=k + 1, addressee="Nämnden", text=t, page=2)
            for k, t in enumerate(texts)]


def test_a_name_chooses_by_whole_words_where_stems_tie():
    topics = Topics(_recs([
        "Nämnden rekommenderas att upprätta rutiner för hur personalen ska rapportera avvikelser.",
        "Nämnden rekommenderas att vidta åtgärder om personal upprätthåller ett otillåtet bisyssleuppdrag.",
    ]))
    assert topics.named("Rekommendationen om åtgärder mot personal som upprätthåller bisysslor är åtgärdad.") == [1]
    assert topics.named("Nämnden har genomfört en utbildning om bisysslor.") == []
    assert topics.named("Rekommendationen om ekonomisk redovisning bedöms vara åtgärdad.") == []
