/*
** ltext.c: placeholder until the text bindings land (see the open issues).
*/
#include "lua.h"

#include "incidents.h"

void incidents_open_text (lua_State *L) {
  (void)L;
}
