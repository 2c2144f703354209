"""Account notes (R-23): concise, dated notes on a homeowner, some written by the desk itself."""
