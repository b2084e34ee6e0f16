/*
** incidents.h: what the Lua bindings of incidents.core share.
** Pure-C parts (matcher, sentences, utf8) have their own headers and never
** include this one or lua.h.
*/
#ifndef INCIDENTS_H
#define INCIDENTS_H

#include "lua.h"

#if defined(__GNUC__)
#define INCIDENTS_API __attribute__((visibility("default")))
#else
#define INCIDENTS_API
#endif

/*
** Each binding file adds its functions to the module table at the top of
** the stack and leaves the stack as it found it.
*/
void incidents_open_store (lua_State *L);    /* lstore.c */
void incidents_open_matcher (lua_State *L);  /* lmatcher.c */
void incidents_open_text (lua_State *L);     /* ltext.c */

INCIDENTS_API int luaopen_incidents_core (lua_State *L);

#endif
