-- Loaded by busted before every spec (see .busted): makes the fixtures
-- directory and the shared material findable from any spec.
local helper = {}
helper.root = "."
helper.fixtures = "spec/fixtures"
helper.shared = os.getenv("INCIDENTS_SHARED") or "../shared"
package.loaded["spec.helper"] = helper
return helper
