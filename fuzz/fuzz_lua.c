/*
** fuzz_lua.c: libFuzzer harness for the input-facing Lua API (`make
** fuzz-lua`, see mk/robust.mk).  It embeds Lua, links the C core built with
** the sanitizers (preloaded as `incidents.core`) and hands the fuzz input to
** what user bytes reach: db:add_article (text, title, published), db:search
** (FTS5 query), db:rows (a bound parameter, which must come back unchanged),
** db:incidents (every filter), db:add_reports (text fields and spans), and
** the article reader (article.from_text, article.read_jsonl,
** article.read_file).
** The first byte chooses the call.  Bad input may give nil, msg; a raised
** error, a wrong round trip, or text that is not UTF-8 after from_text
** aborts, so libFuzzer keeps the input.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

int luaopen_incidents_core (lua_State *L);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

#ifndef FUZZ_LUA_PATH
#define FUZZ_LUA_PATH "lua/?.lua;lua/?/init.lua"
#endif

/*
** The driver: returns the function called with each input.  The database is
** in memory and reopened now and then so it does not grow without bound.
*/
static const char driver[] =
  "local core = require 'incidents.core'\n"
  "local article = require 'incidents.article'\n"
  "local db, n = nil, 0\n"
  "local function reopen()\n"
  "  if db then db:close() end\n"
  "  db = assert(core.open(':memory:'))\n"
  "  local id = assert(db:add_article({ text = 'Gunmen attacked a police post "
  "in Kabul on Friday, killing 12 people.', title = 'Kabul attack', "
  "published = '2024-05-03' }))\n"
  "  assert(db:add_reports(id, { { place = 'Kabul', country = 'AF', "
  "killed_lo = 12, killed_hi = 12, date_lo = '2024-05-03', "
  "date_hi = '2024-05-03', attack_type = 'armed_assault', rule = 'seed' } }))\n"
  "end\n"
  "reopen()\n"
  "local function answer(what, r, err, ...)\n"
  "  if r == nil and type(err) ~= 'string' then\n"
  "    error(what .. ': nil without a message', 0) end\n"
  "  return r, err, ...\n"
  "end\n"
  "local ops = {}\n"
  "ops[0] = function(s)\n"
  "  local art = article.from_text(s)\n"
  "  if type(art) ~= 'table' or not utf8.len(art.text) then\n"
  "    error('from_text: text not UTF-8', 0) end\n"
  "  if art.published and not art.published:match('^%d%d%d%d%-%d%d%-%d%d$') then\n"
  "    error('from_text: published ' .. art.published, 0) end\n"
  "  article.extraction_spans(art)\n"
  "end\n"
  "ops[1] = function(s)\n"
  /* stored, read back, found by id; then undone to keep the db small */
  "  answer('transaction', db:transaction(function()\n"
  "    local id, err = answer('add_article', db:add_article({ text = s, "
  "title = s, source = s, path = s, url = s }))\n"
  "    if id then\n"
  "      local a = answer('article', db:article(id))\n"
  "      if not a or (a.text ~= s and not err) then\n"
  "        error('add_article: text changed', 0) end\n"
  "    end\n"
  "    return nil, 'undo'\n"
  "  end))\n"
  "end\n"
  "ops[2] = function(s)\n"
  "  local hits = answer('search', db:search(s))\n"
  "  if hits then for _, h in ipairs(hits) do assert(h.article_id) end end\n"
  "  answer('search', db:search(s, { open = s, close = s, ellipsis = s, limit = 3 }))\n"
  "end\n"
  "ops[3] = function(s)\n"
  "  local it, e = answer('rows', db:rows('SELECT ?1 AS v, length(?1) AS n', s))\n"
  "  if not it then error('rows: ' .. e, 0) end\n"
  "  for row in it, nil, nil, e do\n"
  "    if row.v ~= s then error('rows: bound text came back changed', 0) end\n"
  "  end\n"
  "  for _ in db:rows('SELECT id FROM articles WHERE title = ? OR hash = ?2 "
  "OR text LIKE ?1', s, s) do end\n"
  "end\n"
  "ops[4] = function(s)\n"
  "  local fh = io.tmpfile()\n"
  "  fh:write(s)\n"
  "  fh:seek('set')\n"
  "  local it = answer('read_jsonl', article.read_jsonl(fh, { name = 'fuzz' }))\n"
  "  local k = 0\n"
  "  for art, err in it do\n"
  "    k = k + 1\n"
  "    if not art and type(err) ~= 'string' then error('read_jsonl: no message', 0) end\n"
  "    if art and not utf8.len(art.text) then error('read_jsonl: text not UTF-8', 0) end\n"
  "    if k > #s + 1 then error('read_jsonl: more articles than lines', 0) end\n"
  "  end\n"
  "  fh:close()\n"
  "end\n"
  "ops[5] = function(s)\n"
  "  local f = { group = s, country = s, since = s, ['until'] = s, type = s, "
  "status = s, min_killed = #s, limit = 5 }\n"
  "  answer('incidents', db:incidents(f))\n"
  "  answer('incidents', db:incidents({ group = s }))\n"
  "  answer('incidents', db:incidents({ since = s }))\n"
  "  answer('reports', db:reports({ unlinked = true }))\n"
  "end\n"
  "ops[6] = function(s)\n"
  "  local a = #s // 2\n"
  "  answer('transaction', db:transaction(function()\n"
  "    local ids = answer('add_reports', db:add_reports(1, { { place = s, "
  "perpetrator = s, target = s, date = s, date_lo = s:sub(1, 10), "
  "date_hi = s:sub(-10), country = s:sub(1, 2), rule = s, extra_key = s, "
  "evidence = { trigger = { start = a, stop = #s, rule = s }, "
  "place = { start = 1, stop = a } } } }))\n"
  "    if ids then answer('report', db:report(ids[1])) end\n"
  "    return nil, 'undo'\n"
  "  end))\n"
  "end\n"
  "local path = os.tmpname()\n"
  "ops[7] = function(s)\n"
  "  local f = assert(io.open(path, 'wb'))\n"
  "  f:write(s)\n"
  "  f:close()\n"
  "  local art, err = article.read_file(path)\n"
  "  if not art and type(err) ~= 'string' then error('read_file: no message', 0) end\n"
  "  if art and not utf8.len(art.text) then error('read_file: text not UTF-8', 0) end\n"
  "end\n"
  "return function(data)\n"
  "  n = n + 1\n"
  "  if n % 20000 == 0 then reopen() end\n"
  "  local op = (data:byte(1) or 0) % 8\n"
  "  ops[op](data:sub(2))\n"
  "end\n";

static lua_State *L;

static int traceback (lua_State *l) {
  luaL_traceback(l, l, luaL_tolstring(l, 1, NULL), 1);
  return 1;
}

int LLVMFuzzerInitialize (int *argc, char ***argv) {
  (void)argc; (void)argv;
  L = luaL_newstate();
  if (L == NULL) abort();
  luaL_openlibs(L);
  /* the instrumented core, never ./incidents/core.so from the checkout */
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_incidents_core);
  lua_setfield(L, -2, "incidents.core");
  lua_pop(L, 1);
  lua_getglobal(L, "package");
  lua_pushstring(L, FUZZ_LUA_PATH ";/usr/share/lua/5.4/?.lua;"
                 "/usr/share/lua/5.4/?/init.lua");
  lua_setfield(L, -2, "path");
  lua_pop(L, 1);
  lua_pushcfunction(L, traceback);
  if (luaL_loadbuffer(L, driver, sizeof driver - 1, "=fuzz_lua") != LUA_OK ||
      lua_pcall(L, 0, 1, -2) != LUA_OK) {
    fprintf(stderr, "fuzz_lua: %s\n", lua_tostring(L, -1));
    abort();
  }
  lua_setfield(L, LUA_REGISTRYINDEX, "fuzz_lua");
  lua_pop(L, 1);
  return 0;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  int top = lua_gettop(L);
  lua_pushcfunction(L, traceback);
  lua_getfield(L, LUA_REGISTRYINDEX, "fuzz_lua");
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 1, 0, top + 1) != LUA_OK) {
    fprintf(stderr, "fuzz_lua: %s\n", lua_tostring(L, -1));
    abort();
  }
  lua_settop(L, top);
  return 0;
}
