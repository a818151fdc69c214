# Retention and value: archive reasons, the stats, the at-risk list and what contacts are worth.

stats-reason-moved = moved away
stats-reason-price = price
stats-reason-service = service
stats-reason-competitor = went to a competitor
stats-reason-not-needed = no longer needed
stats-reason-other = other
