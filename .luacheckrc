std = "lua54"
max_line_length = 100
files["spec"] = { std = "+busted" }
-- Fixtures include deliberately broken rule packs and hostile inputs.
exclude_files = { "build", "incidents", "spec/fixtures", ".tmp", "demo.db*" }
