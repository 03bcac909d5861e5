"""Date engine for the practice standards' timescales: working-day calendar, counting rules, chat dates."""
