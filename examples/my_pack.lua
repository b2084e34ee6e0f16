--- An example rule pack: the default pack plus a made-up group, a town and
-- a target phrase, with one example that `incidents rules test` checks.
-- docs/rule-packs.md explains every call.
--
--     incidents rules check examples/my_pack.lua
--     incidents rules test examples/my_pack.lua
--     incidents extract --rules examples/my_pack.lua article.txt
-- luacheck: read globals extends group place target example
extends "default"

group { "Lions of the Test", aliases = { "LOTT", "the Lions" }, years = { 2021, nil } }
group { "Islamic State Khorasan Province", aliases = { "Wilayah Khurasan" } }  -- adds an alias
place { "Kalat", country = "PK", lat = 29.03, lon = 66.59, kind = "town", admin = "Balochistan" }
target { "educational", triggers = { "seminary hostel" } }

example { text = "Gunmen killed five teachers in Kalat on Monday, officials said.",
  published = "2024-05-06",
  expect = { { place = "Kalat", country = "PK", killed_lo = 5 } } }
