"""From a candidate span to a TIMEX3 value: one handler per detection rule.

Each handler reads its match groups, decides a direction when the expression
is underspecified (tense of the clause, see ``tense.py``), anchors it and
returns a value, or ``None`` when the span turns out not to be temporal
("May" the verb, "Sunday Times"). The handlers live in modules named for
what they resolve; this module only dispatches.
"""

from __future__ import annotations

from schedule.resolution import amounts, clock, deictic, explicit, observances, quarters
from schedule.resolution.context import Context, Handler
from schedule.resolution.detect import Candidate
from schedule.resolution.types import Timex


def resolve(cand: Candidate, ctx: Context) -> Timex | None:
    """The Timex for one candidate, or None when it is not temporal after all."""
    handler = _HANDLERS.get(cand.rule)
    if handler is None:
        return None
    try:
        val = handler(cand, ctx)
    except (ValueError, OverflowError):
        # a date the calendar cannot hold (year 10000, 30 February after a shift):
        # leave the span untagged rather than fail the whole article
        return None
    if val is None:
        return None
    start = cand.start if val.start is None else val.start
    end = cand.end if val.end is None else val.end
    mod = val.mod
    if cand.mod_text is not None and cand.mod_start is not None:
        # the handler saw the bare expression; the modifier joins the span here
        start = min(start, cand.mod_start)
        mod = ctx.lex.mod_code(cand.mod_text) or mod
        if cand.rule == "century" and ctx.text[max(0, start - 4) : start].lower() == "the ":
            start -= 4  # "the late 19th century", as "the 19th century"
    gran = val.granularity or (val.interval.granularity if val.interval else None)
    return Timex(
        start=start,
        end=end,
        text=ctx.text[start:end],
        type=val.type,
        value=val.value,
        mod=mod,
        interval=val.interval,
        granularity=gran,
        direction=val.direction,
        cue=val.cue,
        rule=cand.rule,
    )


# detection rule -> handler, gathered from the modules that own them
_HANDLERS: dict[str, Handler] = {
    **amounts.HANDLERS,
    **clock.HANDLERS,
    **deictic.HANDLERS,
    **explicit.HANDLERS,
    **observances.HANDLERS,
    **quarters.HANDLERS,
}
