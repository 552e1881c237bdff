"""The choices the first-start dialog and the settings screen both offer."""

COMMON_TIME_ZONES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "UTC",
)
PAPER_LABELS = {"letter": "US Letter", "a4": "A4"}
