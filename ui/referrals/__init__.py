"""Referrals: the worklist dock, the referral and report dialogs."""
