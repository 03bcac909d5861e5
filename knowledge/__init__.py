"""The curated index of Trafford's Social Work Practice Standards, and search over it."""
