--- An example rule pack with LPeg rules: a made-up militia that sabotages
-- power lines and pipelines, and the constructions news uses for it that a
-- phrase list cannot write ("felled three transmission towers", "a 330-kV
-- substation"). docs/rule-packs.md ("LPeg rules") explains each call.
--
--     incidents rules check examples/grid_pack.lua
--     incidents rules test examples/grid_pack.lua
--     incidents extract --rules examples/grid_pack.lua article.txt
-- luacheck: read globals extends group target pattern example
extends "default"

group { "Northern Grid Liberation Front", aliases = { "NGLF", "Grid Front" },
  years = { 2022, nil }, country = { "NG" } }
target { "utilities", triggers = { "transmission tower", "transmission towers", "substation" } }

-- the verb is the event word only before what it brought down; the `&( )`
-- part must follow but stays out of the hit, so the towers stay the target
pattern { "felled", [[ ("toppled" / "felled" / "brought down" / "pulled down")
    &(" "+ ([0-9]+ " "+ / "a " / "two " / "three " / "four " / "several " / "dozens of ")?
      ("pylon" / "transmission tower" / "electricity mast")) ]],
  attack = "facility_attack", weapon = "sabotage" }
-- "a 330-kV substation", "the 132kV line": the rating is part of the target
pattern { "rated", [[ [0-9]+ "-"? "kv" " "+ ("substation" / "line" / "transmission line") ]],
  target = "utilities" }

example { name = "felled",
  text = "Militants felled three transmission towers outside Kaduna on Tuesday, and two "
    .. "guards died in the attack.",
  published = "2024-02-08",
  expect = { { attack_type = "facility_attack", weapon = "sabotage", place = "Kaduna",
    target_type = "utilities", killed_lo = 2 } } }
example { name = "rated",
  text = "The NGLF attacked a 330-kV substation near Warri on Sunday, killing a watchman.",
  published = "2024-03-12",
  expect = { { perpetrator = "Northern Grid Liberation Front", target = "a 330-kV substation",
    place = "Warri", killed_lo = 1 } } }
