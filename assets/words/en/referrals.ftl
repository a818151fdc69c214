# Referrals and thanks: whom a contact referred and what it brought, the referrers ranked, the
# hint when a referred contact first buys, the review's thanks and greetings, life events.

referral-undo-changed = the thanks { $id }
