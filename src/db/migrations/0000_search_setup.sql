-- Full-text search shared by every module (see src/platform/search/README.md).
-- Extensions live in "public" so that dropping a schema never drops them.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
-- unaccent() is STABLE because its dictionary could change; ours never does, and generated columns and
-- indexes need an IMMUTABLE function, hence this wrapper with the dictionary named explicitly.
CREATE OR REPLACE FUNCTION stoa_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;
--> statement-breakpoint
-- One configuration per language: accents folded before stemming, so "Économie" and "economie" meet.
CREATE TEXT SEARCH CONFIGURATION stoa_simple (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_simple ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_danish (COPY = pg_catalog.danish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_danish ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, danish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_dutch (COPY = pg_catalog.dutch);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_dutch ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, dutch_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_english (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_english ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_finnish (COPY = pg_catalog.finnish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_finnish ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, finnish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_french (COPY = pg_catalog.french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_french ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_german (COPY = pg_catalog.german);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_german ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, german_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_greek (COPY = pg_catalog.greek);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_greek ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, greek_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_hungarian (COPY = pg_catalog.hungarian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_hungarian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, hungarian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_irish (COPY = pg_catalog.irish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_irish ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, irish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_italian (COPY = pg_catalog.italian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_italian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, italian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_lithuanian (COPY = pg_catalog.lithuanian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_lithuanian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, lithuanian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_portuguese (COPY = pg_catalog.portuguese);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_portuguese ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, portuguese_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_romanian (COPY = pg_catalog.romanian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_romanian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, romanian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_spanish (COPY = pg_catalog.spanish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_spanish ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, spanish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_swedish (COPY = pg_catalog.swedish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_swedish ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, swedish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_armenian (COPY = pg_catalog.armenian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_armenian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, armenian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_catalan (COPY = pg_catalog.catalan);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_catalan ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, catalan_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_basque (COPY = pg_catalog.basque);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_basque ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, basque_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_norwegian (COPY = pg_catalog.norwegian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_norwegian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, norwegian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_russian (COPY = pg_catalog.russian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_russian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, russian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_serbian (COPY = pg_catalog.serbian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_serbian ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, serbian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION stoa_turkish (COPY = pg_catalog.turkish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION stoa_turkish ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, turkish_stem;
--> statement-breakpoint
-- The configuration for a row's language (BCP 47 primary tag); languages without a stemmer
-- (Polish, Czech, Bulgarian…) use stoa_simple: exact words, accents folded.
CREATE OR REPLACE FUNCTION stoa_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE lower(split_part(coalesce(language, ''), '-', 1))
    WHEN 'da' THEN 'stoa_danish'::regconfig
    WHEN 'nl' THEN 'stoa_dutch'::regconfig
    WHEN 'en' THEN 'stoa_english'::regconfig
    WHEN 'fi' THEN 'stoa_finnish'::regconfig
    WHEN 'fr' THEN 'stoa_french'::regconfig
    WHEN 'de' THEN 'stoa_german'::regconfig
    WHEN 'el' THEN 'stoa_greek'::regconfig
    WHEN 'hu' THEN 'stoa_hungarian'::regconfig
    WHEN 'ga' THEN 'stoa_irish'::regconfig
    WHEN 'it' THEN 'stoa_italian'::regconfig
    WHEN 'lt' THEN 'stoa_lithuanian'::regconfig
    WHEN 'pt' THEN 'stoa_portuguese'::regconfig
    WHEN 'ro' THEN 'stoa_romanian'::regconfig
    WHEN 'es' THEN 'stoa_spanish'::regconfig
    WHEN 'sv' THEN 'stoa_swedish'::regconfig
    WHEN 'hy' THEN 'stoa_armenian'::regconfig
    WHEN 'ca' THEN 'stoa_catalan'::regconfig
    WHEN 'eu' THEN 'stoa_basque'::regconfig
    WHEN 'no' THEN 'stoa_norwegian'::regconfig
    WHEN 'nb' THEN 'stoa_norwegian'::regconfig
    WHEN 'ru' THEN 'stoa_russian'::regconfig
    WHEN 'sr' THEN 'stoa_serbian'::regconfig
    WHEN 'tr' THEN 'stoa_turkish'::regconfig
    ELSE 'stoa_simple'::regconfig
  END $$;
--> statement-breakpoint
-- A weighted document: A for titles, B for summaries, C for bodies, D for everything else.
-- The stemmed words of the row's language plus the plain words (simple), so that a query typed
-- in another language or a proper name still finds the row.
CREATE OR REPLACE FUNCTION stoa_weighted_tsvector(language text, a text, b text DEFAULT '', c text DEFAULT '', d text DEFAULT '')
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
      setweight(to_tsvector(stoa_search_config(language), coalesce(a, '')), 'A')
   || setweight(to_tsvector(stoa_search_config(language), coalesce(b, '')), 'B')
   || setweight(to_tsvector(stoa_search_config(language), coalesce(c, '')), 'C')
   || setweight(to_tsvector(stoa_search_config(language), coalesce(d, '')), 'D')
   || setweight(to_tsvector('stoa_simple'::regconfig, coalesce(a, '') || ' ' || coalesce(b, '')), 'D')
  $$;
