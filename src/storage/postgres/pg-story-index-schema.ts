/**
 * Story summaries kept by a trigger on `articles.story_id` (as SQLite's
 * migration 5 does with two triggers): every writer — the CLI ingest, a
 * worker assigning stories, the server — keeps `story_index` and
 * `story_facets` current in the same transaction as the assignment, so a
 * story list reads one row per story shown. `story_counter` is one counter
 * over all stories, never reused, so "what changed since N" is an index range.
 */
const NOW = `to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const STORY_INDEX_SQL = `
  CREATE TABLE story_index (
    id text PRIMARY KEY,
    size integer NOT NULL,
    sources integer NOT NULL,
    title text NOT NULL,
    first_seq integer NOT NULL,
    first_published text,
    last_published text,
    created_seq integer NOT NULL,
    updated_seq integer NOT NULL,
    updated_at text NOT NULL
  );
  CREATE INDEX story_index_updated ON story_index (updated_seq);
  CREATE INDEX story_index_size ON story_index (size DESC, first_seq);
  CREATE TABLE story_facets (
    story_id text NOT NULL,
    kind text NOT NULL,
    value text NOT NULL,
    n integer NOT NULL,
    PRIMARY KEY (story_id, kind, value)
  );
  CREATE INDEX story_facets_value ON story_facets (kind, value, story_id);
  CREATE TABLE story_counter (
    one integer PRIMARY KEY CHECK (one = 1),
    value integer NOT NULL
  );
  INSERT INTO story_counter (one, value) VALUES (1, 0);

  CREATE FUNCTION story_index_move() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE c integer;
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.story_id IS NOT NULL THEN
      UPDATE story_counter SET value = value + 1 RETURNING value INTO c;
      UPDATE story_facets SET n = n - 1
        WHERE story_id = OLD.story_id AND ((kind = 'source' AND value = OLD.source) OR (kind = 'language' AND value = OLD.language));
      DELETE FROM story_facets WHERE story_id = OLD.story_id AND n <= 0;
      UPDATE story_index SET
        size = size - 1,
        title = coalesce((SELECT a.title FROM articles a WHERE a.story_id = OLD.story_id ORDER BY a.seq LIMIT 1), title),
        first_seq = coalesce((SELECT min(a.seq) FROM articles a WHERE a.story_id = OLD.story_id), first_seq),
        first_published = (SELECT min(a.published) FROM articles a WHERE a.story_id = OLD.story_id),
        last_published = (SELECT max(a.published) FROM articles a WHERE a.story_id = OLD.story_id),
        sources = (SELECT count(*) FROM story_facets f WHERE f.story_id = OLD.story_id AND f.kind = 'source'),
        updated_seq = c,
        updated_at = ${NOW}
      WHERE id = OLD.story_id;
      DELETE FROM story_index WHERE id = OLD.story_id AND size <= 0;
    END IF;
    IF NEW.story_id IS NOT NULL THEN
      UPDATE story_counter SET value = value + 1 RETURNING value INTO c;
      INSERT INTO story_index (id, size, sources, title, first_seq, first_published, last_published, created_seq, updated_seq, updated_at)
        VALUES (NEW.story_id, 0, 0, NEW.title, NEW.seq, NEW.published, NEW.published, c, 0, ${NOW})
        ON CONFLICT (id) DO NOTHING;
      IF NEW.source IS NOT NULL THEN
        INSERT INTO story_facets (story_id, kind, value, n) VALUES (NEW.story_id, 'source', NEW.source, 1)
          ON CONFLICT (story_id, kind, value) DO UPDATE SET n = story_facets.n + 1;
      END IF;
      IF NEW.language IS NOT NULL THEN
        INSERT INTO story_facets (story_id, kind, value, n) VALUES (NEW.story_id, 'language', NEW.language, 1)
          ON CONFLICT (story_id, kind, value) DO UPDATE SET n = story_facets.n + 1;
      END IF;
      UPDATE story_index SET
        size = size + 1,
        title = CASE WHEN NEW.seq < first_seq THEN NEW.title ELSE title END,
        first_seq = least(first_seq, NEW.seq),
        first_published = CASE WHEN NEW.published IS NULL THEN first_published WHEN first_published IS NULL THEN NEW.published ELSE least(first_published, NEW.published) END,
        last_published = CASE WHEN NEW.published IS NULL THEN last_published WHEN last_published IS NULL THEN NEW.published ELSE greatest(last_published, NEW.published) END,
        sources = (SELECT count(*) FROM story_facets f WHERE f.story_id = NEW.story_id AND f.kind = 'source'),
        updated_seq = c,
        updated_at = ${NOW}
      WHERE id = NEW.story_id;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER story_index_move AFTER UPDATE OF story_id ON articles
    FOR EACH ROW WHEN (NEW.story_id IS DISTINCT FROM OLD.story_id) EXECUTE FUNCTION story_index_move();
  -- An article stored with its story already (the queue's assigner does so: one statement instead of two).
  CREATE TRIGGER story_index_insert AFTER INSERT ON articles
    FOR EACH ROW WHEN (NEW.story_id IS NOT NULL) EXECUTE FUNCTION story_index_move();
`;
