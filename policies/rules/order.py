"""Section B: order context rules (proactive messages only). Filled in by the order-store work."""
