"""Return calls (R-08–R-11): call attempts, the company's call-back policy, the voicemail script."""
