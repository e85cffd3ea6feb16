"""LTI 1.3 Advantage: Newsline as a tool inside an LMS (launch, deep linking, grades, roster)."""
