"""Staff web UI views, one module per screen; they stay thin and call services."""
