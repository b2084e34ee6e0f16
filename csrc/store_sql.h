/*
** store_sql.h: the schema and every SQL statement the store issues.
** Keeping all SQL text here (and none in lstore*.c) means a second backend,
** such as a team database on PostgreSQL, has one file to translate: the C
** code only binds parameters by number and reads columns by name.
** docs/schema.md describes the same schema for analysts.
*/
#ifndef STORE_SQL_H
#define STORE_SQL_H

/*
** Version written to PRAGMA user_version; migration N (below) takes a
** database from version N-1 to N.  The application id ('INCD') marks a
** file as ours, so the store never adds its tables to someone else's file.
*/
#define STORE_SCHEMA_VERSION   3
#define STORE_APPLICATION_ID   1229865796

/*
** Fields shared by reports and incidents, in the order of the column lists
** of the INSERT/UPDATE statements below (parameter ?k+1 binds field k,
** counted from 1).  Kinds: TEXT, REAL, INT, BOOL (stored as 1/0/NULL).
*/
#define STORE_EVENT_FIELDS(X) \
  X(date, TEXT) X(date_lo, TEXT) X(date_hi, TEXT) X(place, TEXT) \
  X(country, TEXT) X(country_name, TEXT) X(lat, REAL) X(lon, REAL) \
  X(perpetrator, TEXT) X(claimed, BOOL) X(attack_type, TEXT) \
  X(suicide, BOOL) X(weapon, TEXT) X(target, TEXT) X(target_type, TEXT) \
  X(status, TEXT) X(killed_lo, INT) X(killed_hi, INT) \
  X(wounded_lo, INT) X(wounded_hi, INT)

#define STORE_EVENT_COLUMNS \
  "date, date_lo, date_hi, place, country, country_name, lat, lon, " \
  "perpetrator, claimed, attack_type, suicide, weapon, target, " \
  "target_type, status, killed_lo, killed_hi, wounded_lo, wounded_hi"

#define STORE_EVENT_PARAMS \
  "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, " \
  "?16, ?17, ?18, ?19, ?20"

#define SQL_ISO_DAY(c) \
  "CHECK (" #c " IS NULL OR " #c " GLOB " \
  "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"

#define SQL_FLAG(c)     "CHECK (" #c " IN (0, 1))"
#define SQL_COUNT(c)    "CHECK (" #c " >= 0)"

#define SQL_EVENT_COLUMN_DEFS \
  "  date         TEXT,\n" \
  "  date_lo      TEXT " SQL_ISO_DAY(date_lo) ",\n" \
  "  date_hi      TEXT " SQL_ISO_DAY(date_hi) ",\n" \
  "  place        TEXT,\n" \
  "  country      TEXT,\n" \
  "  country_name TEXT,\n" \
  "  lat          REAL,\n" \
  "  lon          REAL,\n" \
  "  perpetrator  TEXT,\n" \
  "  claimed      INTEGER " SQL_FLAG(claimed) ",\n" \
  "  attack_type  TEXT,\n" \
  "  suicide      INTEGER " SQL_FLAG(suicide) ",\n" \
  "  weapon       TEXT,\n" \
  "  target       TEXT,\n" \
  "  target_type  TEXT,\n" \
  "  status       TEXT,\n" \
  "  killed_lo    INTEGER " SQL_COUNT(killed_lo) ",\n" \
  "  killed_hi    INTEGER " SQL_COUNT(killed_hi) ",\n" \
  "  wounded_lo   INTEGER " SQL_COUNT(wounded_lo) ",\n" \
  "  wounded_hi   INTEGER " SQL_COUNT(wounded_hi) ",\n"

#define SQL_NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/*
** Migration 1: the whole schema of version 1, in parts (C99 compilers
** need only take string literals of 4095 characters).
*/
#define SQL_MIGRATION_1 \
  SQL_M1_ARTICLES, SQL_M1_REPORTS, SQL_M1_INCIDENTS, SQL_M1_VIEWS

#define SQL_M1_ARTICLES \
  "CREATE TABLE articles (\n" \
  "  id                 INTEGER PRIMARY KEY,\n" \
  "  hash               TEXT NOT NULL UNIQUE,\n" \
  "  path               TEXT,\n" \
  "  url                TEXT,\n" \
  "  title              TEXT,\n" \
  "  source             TEXT,\n" \
  "  published          TEXT " SQL_ISO_DAY(published) ",\n" \
  "  published_inferred INTEGER NOT NULL DEFAULT 0 " \
       SQL_FLAG(published_inferred) ",\n" \
  "  text               TEXT NOT NULL,\n" \
  "  added              TEXT NOT NULL DEFAULT (" SQL_NOW ")\n" \
  ");\n" \
  "CREATE INDEX articles_published ON articles(published);\n" \
  "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,\n" \
  "  content = 'articles', content_rowid = 'id',\n" \
  "  tokenize = 'unicode61 remove_diacritics 2');\n" \
  "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN\n" \
  "  INSERT INTO articles_fts(rowid, title, text)\n" \
  "    VALUES (new.id, new.title, new.text);\n" \
  "END;\n" \
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN\n" \
  "  INSERT INTO articles_fts(articles_fts, rowid, title, text)\n" \
  "    VALUES ('delete', old.id, old.title, old.text);\n" \
  "END;\n" \
  "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN\n" \
  "  INSERT INTO articles_fts(articles_fts, rowid, title, text)\n" \
  "    VALUES ('delete', old.id, old.title, old.text);\n" \
  "  INSERT INTO articles_fts(rowid, title, text)\n" \
  "    VALUES (new.id, new.title, new.text);\n" \
  "END;\n"

#define SQL_M1_REPORTS \
  "CREATE TABLE reports (\n" \
  "  id           INTEGER PRIMARY KEY,\n" \
  "  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n" \
  SQL_EVENT_COLUMN_DEFS \
  "  rule         TEXT\n" \
  ");\n" \
  "CREATE INDEX reports_article ON reports(article_id);\n" \
  "CREATE TABLE evidence (\n" \
  "  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,\n" \
  "  field     TEXT NOT NULL,\n" \
  "  start     INTEGER NOT NULL,\n" \
  "  stop      INTEGER NOT NULL,\n" \
  "  rule      TEXT,\n" \
  "  quote     TEXT,\n" \
  "  PRIMARY KEY (report_id, field)\n" \
  ") WITHOUT ROWID;\n" \
  "CREATE TABLE report_extra (\n" \
  "  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,\n" \
  "  key        TEXT NOT NULL,\n" \
  "  value,\n" \
  "  is_boolean INTEGER NOT NULL DEFAULT 0 " SQL_FLAG(is_boolean) ",\n" \
  "  PRIMARY KEY (report_id, key)\n" \
  ") WITHOUT ROWID;\n"

#define SQL_M1_INCIDENTS \
  "CREATE TABLE incidents (\n" \
  "  id           INTEGER PRIMARY KEY,\n" \
  SQL_EVENT_COLUMN_DEFS \
  "  killed_best  INTEGER " SQL_COUNT(killed_best) ",\n" \
  "  wounded_best INTEGER " SQL_COUNT(wounded_best) ",\n" \
  "  why          TEXT,\n" \
  "  updated      TEXT NOT NULL DEFAULT (" SQL_NOW ")\n" \
  ");\n" \
  "CREATE INDEX incidents_date ON incidents(date_lo);\n" \
  "CREATE TABLE incident_extra (\n" \
  "  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,\n" \
  "  key         TEXT NOT NULL,\n" \
  "  value,\n" \
  "  is_boolean  INTEGER NOT NULL DEFAULT 0 " SQL_FLAG(is_boolean) ",\n" \
  "  PRIMARY KEY (incident_id, key)\n" \
  ") WITHOUT ROWID;\n" \
  "CREATE TABLE incident_reports (\n" \
  "  incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,\n" \
  "  report_id   INTEGER NOT NULL UNIQUE REFERENCES reports(id) ON DELETE CASCADE,\n" \
  "  why         TEXT,\n" \
  "  PRIMARY KEY (incident_id, report_id)\n" \
  ");\n"

#define SQL_M1_VIEWS \
  "CREATE VIEW report_sources AS\n" \
  "  SELECT r.*, a.title AS article_title, a.path AS article_path,\n" \
  "         a.url AS article_url, a.source AS article_source,\n" \
  "         a.published AS article_published,\n" \
  "         ir.incident_id AS incident_id, ir.why AS link_why\n" \
  "  FROM reports r JOIN articles a ON a.id = r.article_id\n" \
  "  LEFT JOIN incident_reports ir ON ir.report_id = r.id;\n" \
  "CREATE VIEW incident_summary AS\n" \
  "  SELECT i.*,\n" \
  "    (SELECT count(*) FROM incident_reports ir\n" \
  "       WHERE ir.incident_id = i.id) AS n_reports,\n" \
  "    (SELECT count(DISTINCT r.article_id) FROM incident_reports ir\n" \
  "       JOIN reports r ON r.id = ir.report_id\n" \
  "       WHERE ir.incident_id = i.id) AS n_sources,\n" \
  "    (SELECT group_concat(title, ' | ') FROM\n" \
  "       (SELECT DISTINCT a.title AS title FROM incident_reports ir\n" \
  "          JOIN reports r ON r.id = ir.report_id\n" \
  "          JOIN articles a ON a.id = r.article_id\n" \
  "          WHERE ir.incident_id = i.id AND a.title IS NOT NULL\n" \
  "          ORDER BY a.published, a.title)) AS titles\n" \
  "  FROM incidents i;\n" \
  "CREATE VIEW figures_by_source AS\n" \
  "  SELECT ir.incident_id, r.id AS report_id, a.id AS article_id,\n" \
  "         a.title AS article_title, a.source AS article_source,\n" \
  "         a.published AS article_published,\n" \
  "         r.killed_lo, r.killed_hi, r.wounded_lo, r.wounded_hi, r.rule\n" \
  "  FROM incident_reports ir JOIN reports r ON r.id = ir.report_id\n" \
  "  JOIN articles a ON a.id = r.article_id;\n" \
  "CREATE VIEW report_evidence AS\n" \
  "  SELECT e.report_id, r.article_id, a.title AS article_title,\n" \
  "         e.field, e.start, e.stop, e.rule, e.quote\n" \
  "  FROM evidence e JOIN reports r ON r.id = e.report_id\n" \
  "  JOIN articles a ON a.id = r.article_id;\n"

/*
** Migration 2: every source of a text.  The same wire story saved from
** three sites is one article (one text, one set of reports), but each
** site's file, address, name, headline and date is a copy of it, so a
** report can cite all three and removing one copy keeps the text.  The
** articles row keeps the columns of one copy (its "primary" copy, the
** oldest left), so every reader of articles.path/title/... goes on
** working; article_copies lists them all, the primary included.
*/
#define SQL_MIGRATION_2 \
  SQL_M2_COPIES, SQL_M2_TRIGGERS, SQL_M2_VIEWS

#define SQL_COPY_COLUMNS \
  "path, url, title, source, published, published_inferred"

#define SQL_M2_COPIES \
  "CREATE TABLE article_copies (\n" \
  "  id                 INTEGER PRIMARY KEY,\n" \
  "  article_id         INTEGER NOT NULL REFERENCES articles(id) " \
       "ON DELETE CASCADE,\n" \
  "  path               TEXT,\n" \
  "  url                TEXT,\n" \
  "  title              TEXT,\n" \
  "  source             TEXT,\n" \
  "  published          TEXT " SQL_ISO_DAY(published) ",\n" \
  "  published_inferred INTEGER NOT NULL DEFAULT 0 " \
       SQL_FLAG(published_inferred) ",\n" \
  "  added              TEXT NOT NULL DEFAULT (" SQL_NOW ")\n" \
  ");\n" \
  "CREATE UNIQUE INDEX article_copies_key ON article_copies(article_id,\n" \
  "  coalesce(path, ''), coalesce(url, ''));\n" \
  "CREATE INDEX article_copies_path ON article_copies(path);\n" \
  "INSERT INTO article_copies(article_id, " SQL_COPY_COLUMNS ", added)\n" \
  "  SELECT id, " SQL_COPY_COLUMNS ", added FROM articles ORDER BY id;\n"

/*
** A new article brings its first copy; deleting the copy the articles row
** describes promotes the oldest copy left into it (the text, its reports
** and incidents stay).  Deleting the last copy leaves the article to
** merge.remove, which also summarises its incidents again.
*/
#define SQL_M2_TRIGGERS \
  "CREATE TRIGGER article_copies_first AFTER INSERT ON articles BEGIN\n" \
  "  INSERT INTO article_copies(article_id, " SQL_COPY_COLUMNS ", added)\n" \
  "    VALUES (new.id, new.path, new.url, new.title, new.source,\n" \
  "            new.published, new.published_inferred, new.added);\n" \
  "END;\n" \
  "CREATE TRIGGER article_copies_promote AFTER DELETE ON article_copies\n" \
  "  WHEN NOT EXISTS (SELECT 1 FROM article_copies c\n" \
  "    JOIN articles a ON a.id = c.article_id\n" \
  "    WHERE c.article_id = old.article_id\n" \
  "      AND c.path IS a.path AND c.url IS a.url)\n" \
  "BEGIN\n" \
  "  UPDATE articles SET (" SQL_COPY_COLUMNS ") =\n" \
  "    (SELECT " SQL_COPY_COLUMNS " FROM article_copies\n" \
  "       WHERE article_id = old.article_id ORDER BY id LIMIT 1)\n" \
  "  WHERE id = old.article_id AND EXISTS\n" \
  "    (SELECT 1 FROM article_copies WHERE article_id = old.article_id);\n" \
  "END;\n"

/*
** n_sources now counts copies (the sites that carried the text), and
** n_articles the distinct texts n_sources counted before.
*/
#define SQL_M2_VIEWS \
  "DROP VIEW incident_summary;\n" \
  "CREATE VIEW incident_summary AS\n" \
  "  SELECT i.*,\n" \
  "    (SELECT count(*) FROM incident_reports ir\n" \
  "       WHERE ir.incident_id = i.id) AS n_reports,\n" \
  "    (SELECT count(DISTINCT c.id) FROM incident_reports ir\n" \
  "       JOIN reports r ON r.id = ir.report_id\n" \
  "       JOIN article_copies c ON c.article_id = r.article_id\n" \
  "       WHERE ir.incident_id = i.id) AS n_sources,\n" \
  "    (SELECT count(DISTINCT r.article_id) FROM incident_reports ir\n" \
  "       JOIN reports r ON r.id = ir.report_id\n" \
  "       WHERE ir.incident_id = i.id) AS n_articles,\n" \
  "    (SELECT group_concat(title, ' | ') FROM\n" \
  "       (SELECT DISTINCT c.title AS title FROM incident_reports ir\n" \
  "          JOIN reports r ON r.id = ir.report_id\n" \
  "          JOIN article_copies c ON c.article_id = r.article_id\n" \
  "          WHERE ir.incident_id = i.id AND c.title IS NOT NULL\n" \
  "          ORDER BY c.published, c.title)) AS titles\n" \
  "  FROM incidents i;\n" \
  "CREATE VIEW incident_sources AS\n" \
  "  SELECT DISTINCT ir.incident_id AS incident_id,\n" \
  "         c.article_id AS article_id, c.id AS copy_id, c.title AS title,\n" \
  "         c.source AS source, c.url AS url, c.path AS path,\n" \
  "         c.published AS published, c.added AS added\n" \
  "  FROM incident_reports ir JOIN reports r ON r.id = ir.report_id\n" \
  "  JOIN article_copies c ON c.article_id = r.article_id;\n"

/*
** Migration 3: what tells copies apart.  (1) The search index held the
** title of the articles row only, so a word of another copy's headline
** found nothing: articles.titles now holds every copy's distinct title
** (one a line, oldest first), kept by triggers on article_copies, and the
** index's "title" column reads it through a view.  The index row of an
** article exists exactly when its titles is not NULL, so each change of
** titles deletes the old entry with the old values, as FTS5's external
** content needs.  (2) A copy's path was taken for the same file as any
** path ending with it at a folder ("x/a.txt" and "mirror/x/a.txt"):
** article_copies.file keeps the absolute path the reader resolved, and two
** copies that both have one are the same file only when it is equal; the
** old rule stays for copies stored before, which have none.
*/
#define SQL_MIGRATION_3 \
  SQL_M3_FTS, SQL_M3_TRIGGERS, SQL_M3_FILL

#define SQL_M3_TITLES_OF(aid) \
  "(SELECT coalesce(group_concat(title, char(10)), '') FROM\n" \
  "  (SELECT title FROM article_copies WHERE article_id = " aid "\n" \
  "     AND title IS NOT NULL GROUP BY title ORDER BY min(id)))"

#define SQL_M3_FTS \
  "ALTER TABLE articles ADD COLUMN titles TEXT;\n" \
  "ALTER TABLE article_copies ADD COLUMN file TEXT;\n" \
  "DROP TRIGGER articles_fts_insert;\n" \
  "DROP TRIGGER articles_fts_delete;\n" \
  "DROP TRIGGER articles_fts_update;\n" \
  "DROP TABLE articles_fts;\n" \
  "CREATE VIEW articles_fts_content AS\n" \
  "  SELECT id, titles AS title, text FROM articles;\n" \
  "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,\n" \
  "  content = 'articles_fts_content', content_rowid = 'id',\n" \
  "  tokenize = 'unicode61 remove_diacritics 2');\n"

#define SQL_M3_TRIGGERS \
  "CREATE TRIGGER articles_fts_titles AFTER UPDATE OF titles ON articles\n" \
  "  WHEN old.titles IS NOT new.titles BEGIN\n" \
  "  INSERT INTO articles_fts(articles_fts, rowid, title, text)\n" \
  "    SELECT 'delete', old.id, old.titles, old.text\n" \
  "    WHERE old.titles IS NOT NULL;\n" \
  "  INSERT INTO articles_fts(rowid, title, text)\n" \
  "    SELECT new.id, new.titles, new.text WHERE new.titles IS NOT NULL;\n" \
  "END;\n" \
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles\n" \
  "  WHEN old.titles IS NOT NULL BEGIN\n" \
  "  INSERT INTO articles_fts(articles_fts, rowid, title, text)\n" \
  "    VALUES ('delete', old.id, old.titles, old.text);\n" \
  "END;\n" \
  "CREATE TRIGGER article_copies_titles_insert AFTER INSERT ON\n" \
  "  article_copies BEGIN\n" \
  "  UPDATE articles SET titles = " SQL_M3_TITLES_OF("new.article_id") "\n" \
  "  WHERE id = new.article_id;\n" \
  "END;\n" \
  "CREATE TRIGGER article_copies_titles_delete AFTER DELETE ON\n" \
  "  article_copies BEGIN\n" \
  "  UPDATE articles SET titles = " SQL_M3_TITLES_OF("old.article_id") "\n" \
  "  WHERE id = old.article_id;\n" \
  "END;\n" \
  "CREATE TRIGGER article_copies_titles_update AFTER UPDATE OF title ON\n" \
  "  article_copies BEGIN\n" \
  "  UPDATE articles SET titles = " SQL_M3_TITLES_OF("new.article_id") "\n" \
  "  WHERE id = new.article_id;\n" \
  "END;\n"

/* the update of titles fills the index through articles_fts_titles */
#define SQL_M3_FILL \
  "UPDATE articles SET titles = " SQL_M3_TITLES_OF("articles.id") ";\n"

/*
** Opening: connection settings, then the version check and migrations.
*/
#define SQL_FOREIGN_KEYS     "PRAGMA foreign_keys = ON"
#define SQL_WAL              "PRAGMA journal_mode = WAL"
/* in WAL mode NORMAL cannot corrupt the file; a power cut may lose the
   last commits only */
#define SQL_SYNCHRONOUS      "PRAGMA synchronous = NORMAL"
#define SQL_USER_VERSION     "PRAGMA user_version"
#define SQL_APPLICATION_ID   "PRAGMA application_id"
#define SQL_COUNT_OBJECTS    "SELECT count(*) FROM sqlite_master"
#define SQL_SET_VERSION_FMT  "PRAGMA user_version = %d"
#define SQL_SET_APPID_FMT    "PRAGMA application_id = %d"

/*
** Transactions: the outermost level is a transaction, inner levels are
** savepoints named by depth.  IMMEDIATE takes the write lock at once, so
** two writers wait on the busy timeout instead of deadlocking on upgrade.
*/
#define SQL_BEGIN            "BEGIN IMMEDIATE"
#define SQL_BEGIN_READONLY   "BEGIN"
#define SQL_COMMIT           "COMMIT"
#define SQL_ROLLBACK         "ROLLBACK"
#define SQL_SAVEPOINT_FMT    "SAVEPOINT incidents_%d"
#define SQL_RELEASE_FMT      "RELEASE incidents_%d"
#define SQL_ROLLBACK_TO_FMT  "ROLLBACK TO incidents_%d; RELEASE incidents_%d"

/*
** Cached statements: X(id, sql).  Parameters are numbered; the C side
** binds them in the order noted beside each one.
*/
#define STORE_STATEMENTS(X) \
  /* hash, path, url, title, source, published, published_inferred, text */ \
  X(ST_ARTICLE_INSERT, \
    "INSERT INTO articles(hash, path, url, title, source, published, " \
    "published_inferred, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) " \
    "ON CONFLICT(hash) DO NOTHING") \
  X(ST_ARTICLE_BY_HASH, "SELECT id FROM articles WHERE hash = ?1") \
  X(ST_ARTICLE_GET, \
    "SELECT id, hash, path, url, title, source, published, " \
    "published_inferred, text, added FROM articles WHERE id = ?1") \
  X(ST_ARTICLE_EXISTS, "SELECT 1 FROM articles WHERE id = ?1") \
  /* article_id, path, url, title, source, published, published_inferred, \
     file: a copy is new unless one of the text has its address, or is \
     the same file: the same resolved file when both copies have one, or \
     (copies of schema 2, or a caller that gives no file) the same path \
     or one path ending with the other at a folder ("./news/a.txt", \
     "/home/me/news/a.txt" and "news/a.txt") */ \
  X(ST_COPY_INSERT, \
    "INSERT INTO article_copies(article_id, " SQL_COPY_COLUMNS ", file) " \
    "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 WHERE NOT EXISTS (SELECT 1 " \
    "FROM article_copies WHERE article_id = ?1 " \
    "AND ((?3 IS NOT NULL AND url = ?3) OR path IS ?2 " \
    "OR (?8 IS NOT NULL AND file = ?8) " \
    "OR ((?8 IS NULL OR file IS NULL) " \
    "AND (substr(?2, -length(path) - 1) = '/' || path " \
    "OR substr(path, -length(?2) - 1) = '/' || ?2)))) " \
    "ON CONFLICT DO NOTHING") \
  /* the resolved file of a new article's first copy, which its trigger \
     wrote: file, article_id */ \
  X(ST_COPY_SET_FILE, \
    "UPDATE article_copies SET file = ?1 WHERE article_id = ?2") \
  X(ST_COPIES_OF, \
    "SELECT id, article_id, " SQL_COPY_COLUMNS ", file, added " \
    "FROM article_copies WHERE article_id = ?1 ORDER BY id") \
  X(ST_COPY_GET, "SELECT article_id FROM article_copies WHERE id = ?1") \
  /* the last copy of a text stays: removing it is removing the article */ \
  X(ST_COPY_DELETE, \
    "DELETE FROM article_copies WHERE id = ?1 AND EXISTS (SELECT 1 " \
    "FROM article_copies o WHERE o.article_id = article_copies.article_id " \
    "AND o.id <> ?1)") \
  /* event fields ?1..?20, rule ?21, article_id ?22 */ \
  X(ST_REPORT_INSERT, \
    "INSERT INTO reports(" STORE_EVENT_COLUMNS ", rule, article_id) " \
    "VALUES (" STORE_EVENT_PARAMS ", ?21, ?22)") \
  /* report_id, field, start, stop, rule; quote cut from the article */ \
  X(ST_EVIDENCE_INSERT, \
    "INSERT INTO evidence(report_id, field, start, stop, rule, quote) " \
    "SELECT ?1, ?2, ?3, ?4, ?5, " \
    "CAST(substr(CAST(a.text AS BLOB), ?3, max(?4 - ?3 + 1, 0)) AS TEXT) " \
    "FROM reports r JOIN articles a ON a.id = r.article_id " \
    "WHERE r.id = ?1") \
  X(ST_EVIDENCE_OF, \
    "SELECT field, start, stop, rule, quote FROM evidence " \
    "WHERE report_id = ?1") \
  X(ST_REPORT_EXTRA_INSERT, \
    "INSERT INTO report_extra(report_id, key, value, is_boolean) " \
    "VALUES (?1, ?2, ?3, ?4)") \
  X(ST_REPORT_EXTRA_OF, \
    "SELECT key, value, is_boolean FROM report_extra WHERE report_id = ?1") \
  X(ST_REPORT_GET, "SELECT * FROM report_sources WHERE id = ?1") \
  /* article_id, incident_id, unlinked (each NULL when not filtering) */ \
  X(ST_REPORTS_FILTER, \
    "SELECT * FROM report_sources " \
    "WHERE (?1 IS NULL OR article_id = ?1) " \
    "AND (?2 IS NULL OR incident_id = ?2) " \
    "AND (?3 IS NULL OR incident_id IS NULL) ORDER BY id") \
  /* the same filter led by one incident or one article: SQLite uses no \
     index for a term written "?n IS NULL OR column = ?n", so loading every \
     incident's reports through the statement above scanned all reports \
     once per incident */ \
  X(ST_REPORTS_OF_INCIDENT, \
    "SELECT * FROM report_sources WHERE incident_id = ?2 " \
    "AND (?1 IS NULL OR article_id = ?1) " \
    "AND (?3 IS NULL OR incident_id IS NULL) ORDER BY id") \
  X(ST_REPORTS_OF_ARTICLE, \
    "SELECT * FROM report_sources WHERE article_id = ?1 " \
    "AND (?2 IS NULL OR incident_id = ?2) " \
    "AND (?3 IS NULL OR incident_id IS NULL) ORDER BY id") \
  /* unlinked reports only: the ids come from the small reports_article \
     index and the links' report_id index, so the full report rows are read \
     only for the reports returned (merging asks this on every ingest) */ \
  X(ST_REPORTS_UNLINKED, \
    "SELECT * FROM report_sources WHERE id IN (SELECT r.id FROM reports r " \
    "WHERE NOT EXISTS (SELECT 1 FROM incident_reports ir " \
    "WHERE ir.report_id = r.id)) ORDER BY id") \
  /* event fields ?1..?20, killed_best ?21, wounded_best ?22, why ?23 */ \
  X(ST_INCIDENT_INSERT, \
    "INSERT INTO incidents(" STORE_EVENT_COLUMNS ", killed_best, " \
    "wounded_best, why) VALUES (" STORE_EVENT_PARAMS ", ?21, ?22, ?23)") \
  /* as above, id ?24 */ \
  X(ST_INCIDENT_UPDATE, \
    "UPDATE incidents SET (" STORE_EVENT_COLUMNS ", killed_best, " \
    "wounded_best, why, updated) = (" STORE_EVENT_PARAMS ", ?21, ?22, " \
    "?23, " SQL_NOW ") WHERE id = ?24") \
  X(ST_INCIDENT_UNLINK, "DELETE FROM incident_reports WHERE incident_id = ?1") \
  X(ST_INCIDENT_EXTRA_CLEAR, \
    "DELETE FROM incident_extra WHERE incident_id = ?1") \
  /* incident_id, report_id, why */ \
  X(ST_INCIDENT_LINK, \
    "INSERT INTO incident_reports(incident_id, report_id, why) " \
    "VALUES (?1, ?2, ?3)") \
  X(ST_REPORT_LINKED, \
    "SELECT incident_id FROM incident_reports WHERE report_id = ?1") \
  X(ST_REPORT_EXISTS, "SELECT 1 FROM reports WHERE id = ?1") \
  X(ST_INCIDENT_EXTRA_INSERT, \
    "INSERT INTO incident_extra(incident_id, key, value, is_boolean) " \
    "VALUES (?1, ?2, ?3, ?4)") \
  X(ST_INCIDENT_EXTRA_OF, \
    "SELECT key, value, is_boolean FROM incident_extra " \
    "WHERE incident_id = ?1") \
  X(ST_INCIDENT_GET, "SELECT * FROM incidents WHERE id = ?1") \
  /* group ?1, country ?2, since ?3, until ?4, type ?5, min_killed ?6, \
     status ?7, limit ?8, added_since ?9 (each NULL when not filtering): \
     added_since keeps an incident one of whose sources (a copy of a text \
     it was read from) was stored at or after ?9, a day or a UTC time as \
     `added` writes it */ \
  X(ST_INCIDENTS_FILTER, \
    "SELECT * FROM incidents " \
    "WHERE (?1 IS NULL OR instr(lower(perpetrator), lower(?1)) > 0) " \
    "AND (?2 IS NULL OR upper(country) = upper(?2) " \
    "     OR lower(country_name) = lower(?2)) " \
    "AND (?3 IS NULL OR coalesce(date_hi, date_lo) >= " \
    "     ?3 || substr('-01-01', length(?3) - 3)) " \
    "AND (?4 IS NULL OR coalesce(date_lo, date_hi) <= " \
    "     ?4 || substr('-12-31', length(?4) - 3)) " \
    "AND (?5 IS NULL OR attack_type = ?5) " \
    "AND (?6 IS NULL OR coalesce(killed_best, killed_lo, killed_hi, 0) >= ?6) " \
    "AND (?7 IS NULL OR status = ?7) " \
    "AND (?9 IS NULL OR EXISTS (SELECT 1 FROM incident_reports ir " \
    "     JOIN reports r ON r.id = ir.report_id " \
    "     JOIN article_copies c ON c.article_id = r.article_id " \
    "     WHERE ir.incident_id = incidents.id AND c.added >= ?9)) " \
    "ORDER BY date_lo IS NULL, date_lo, id LIMIT coalesce(?8, -1)") \
  X(ST_INCIDENT_REPORT_IDS, \
    "SELECT report_id FROM incident_reports WHERE incident_id = ?1 " \
    "ORDER BY report_id") \
  /* what merging files an incident by, one row per linked report; the \
     primary key of incident_reports gives the order without sorting */ \
  X(ST_INCIDENT_KEYS, \
    "SELECT ir.incident_id AS incident_id, r.status AS status, " \
    "r.date AS date, r.date_lo AS date_lo, r.date_hi AS date_hi, " \
    "r.country AS country, r.country_name AS country_name " \
    "FROM incident_reports ir JOIN reports r ON r.id = ir.report_id " \
    "ORDER BY ir.incident_id, ir.report_id") \
  X(ST_INCIDENT_DELETE, "DELETE FROM incidents WHERE id = ?1") \
  X(ST_INCIDENTS_CLEAR, "DELETE FROM incidents") \
  /* query, open, close, ellipsis, tokens, limit */ \
  X(ST_SEARCH, \
    "SELECT a.id AS article_id, a.title AS title, a.path AS path, " \
    "snippet(articles_fts, -1, ?2, ?3, ?4, ?5) AS snippet, " \
    "articles_fts.rank AS rank " \
    "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid " \
    "WHERE articles_fts MATCH ?1 ORDER BY articles_fts.rank LIMIT ?6")

#endif
