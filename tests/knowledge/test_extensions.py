"""When a question says an extension is agreed: only then is an extended end counted (it would be weeks late
otherwise). Invented questions."""

from __future__ import annotations

import pytest

from knowledge.extensions import extension_agreed


@pytest.mark.parametrize(
    "question",
    [
        "Temporary approval given 02/06/2026 and panel/ADM have now agreed the extension. When does it end now?",
        "Temp approval started 06/01/2027 and has been extended by the further period. When does it end?",
        "connected carer approved temporarily 05/01/26, approval extended by a further 8 weeks - end date?",
        "Temp approval granted 04/01/27, extension of 8 weeks agreed - what's the final end date?",
        "how long does temporary approval last if an extension of 8 weeks is agreed? started 04/01/27",
        "reg 24 from 04/01/27 - an extension of a further eight weeks was approved by the ADM, end?",
        "Panel and the ADM have agreed to extend it. When does the extended approval end?",
        "We're asking for the 8-week extension. If it's agreed, when does temporary approval run out?",
        "temporary approval given 05/01/26. if it's extended when does it end?",
        "reg 24 extension end date? original 16 weeks ended 27/04/26",
        "ADM agreed the extension on 24/04/26, when will the temporary approval end?",
        "The 16 weeks ran out on 27/04/26 and panel extended. When do the extra 8 weeks end?",
        "aunt temp approved 02/02/26, extended once, when does it finally end?",
        "temporary approval from 05/01/2026 was extended by the ADM, when does it end?",
        "Kinship carer's temp approval from 03/03/26, extended by the maximum. When is the final date?",
        # The latest it could run to, asked with an extension in mind.
        "temp approval from 05/01/27, to be extended by ADM. Latest possible end date?",
        "If panel and the decision maker agree the extra time, what's the latest date the approval could run to?",
        "temp approval 02/03/26 and the extention was agreed - when does it run out?",  # misspelt
        "Temporary OK from 02/03/26. If she needs longer, what's the furthest date it can be stretched to?",
        "Gran's temporary approval started 02/03/26 and it has gone to panel. If the ADM agrees the extra time, end?",
        # A meeting named at length agrees it, and the extension is described ("exceptional", "4-week").
        "PLO letter 01/02/27. If the 12-week review legal planning meeting agrees the exceptional 4-week extension, end?",
    ],
)
def test_an_extension_said_agreed_or_asked_as_if_agreed(question: str) -> None:
    assert extension_agreed(question)


@pytest.mark.parametrize(
    "question",
    [
        "temp approved 05/01/26, no extension yet, when does it end?",
        "temp approval 05/01/27, an extension of 8 weeks has been requested, when does it end?",
        "temporary approval given 05/01/26. extension hasn't been approved yet - when does approval run out?",
        "Reg 24 05/01/26 - the ADM hasn't agreed the extension yet, when does it end?",
        "Nan temp approved 05/01/26; we have extended family members who may help too. When does approval end?",
        "temp approved 05/01/26 - will it be extended? when does it end?",
        "temp approval 05/01/26, panel declined to extend - when does it end?",
        "uncle temporarily approved 05/01/26, contact with mum has now extended to weekends. when does it end?",
        "temp approval 05/01/26 - school holiday care arrangement approved for another 2 weeks. when does it end?",
        "temp approval 05/01/26. Extension agreed? Not sure.",
        "extension requested for the temp approval given 05/01/26, when does it end?",
        "temp approval 05/01/26. The ADM agreed the extension of placement with the IFA, when does it end?",
        "temp approval 05/01/26, ADM agreed to extend the assessment deadline, when does the approval end?",
        "temp approval 05/01/26, panel agreed the extension but ADM is yet to sign it off, end date?",
        "temp approval 05/01/26, extension is agreed subject to panel, end date?",
        "temp approval 05/01/26, the placement was extended to six months. when does approval end?",
        "temp approval 05/01/26, not sure if it was extended - when does it end?",
        "temp approval 05/01/26, it was not extended, end date?",
        "Temp approval from 14/09/26. Extension was not agreed. Latest possible end date?",
        "Temp approval from 14/09/26, extension refused by ADM. Latest possible end date?",
        "temp approval 14/09/26 - latest possible end date?",
        "Temp approval 01/06/2026, might need extension, unsure panel will agree. Latest possible end date?",
        # "it was extended" may be of anything, and "if it was" is a doubt, not a supposition: the 16 weeks
        # (early at worst), never the 24 weeks (late when there was no extension).
        "temp approval 03/08/26, can't see anything on file saying it was extended - end date?",
        "temp approval 03/08/26, nobody knows if it was extended, end?",
        "temp approval 03/08/26 - if it was extended, when would it end?",
        "temp approval 03/08/26. Worker said it was extended, is that right?",
        "temp approval 03/08/26. We are in PLO and it was extended by 4 weeks. When does approval end?",
        "temp approval 03/08/26, can you tell me if it's extended?",
        # Only an approval said extended by the ADM or panel: not one hoped, asked or due to be, nor the PLO.
        "temporary approval from 05/01/2026 - we're asking for it to be extended by the panel, when does it end?",
        "temp approval 05/01/26, hoping it'll be extended by the ADM, end date?",
        "Temporary approval agreed 02/02/26, we're asking panel for it to be extended by the maximum. End?",
        "temp approval 02/02/26 - we've asked for it to be extended for the max, end date?",
        "temp approval 05/01/26, it is due to be extended by the ADM next week, end date?",
        "temp approval 05/01/26 and the PLO was extended by the ADM - when does approval end?",
        "reg 24 approval 06/01/26 was extended by the ADM until 26/05/26 - end?",
        "reg 24 approval 06/01/26 for grandad; the approval for auntie was extended by the ADM. When does his end?",
        "temporary approval 06/01/26 - approval on the first child was extended by the ADM; the second child's end?",
        "temp approval 05/01/26, the TL agreed extra time for the assessment - when does the approval end?",
        "temp approval 05/01/26, we may need extra time - when does it end?",
        "temp approval 05/01/26, if the TL agrees more time for the assessment, when does the approval end?",
        "if the ADM does not agree the extra time, when does the temporary approval from 02/03/26 end?",
        "if the adm doesn't agree the extension when does temp approval 02/03/26 end",
        # "Extra time" agreed for anything else (a fresh review's cases): not the approval's extension.
        "temp approval 01/09/26, the ADM agreed extra time for family time with mum - when does it end?",
        "temp approval 01/09/26, court granted extra time for the connected persons assessment - end date?",
        "temp approval 01/09/26, the ADM granted a further time-limited variation - when does approval end?",
        "temp approval 01/09/26 - if the carers and the child's guardian agree the extension to the placement, end?",
        # "... and it was extended" of something else told after the approval (the final read's case).
        "temporary approval started 05/01/26 and her contact with mum was reviewed and it was extended to weekends",
    ],
)
def test_an_extension_doubted_or_of_something_else_is_not_agreed(question: str) -> None:
    assert not extension_agreed(question)
