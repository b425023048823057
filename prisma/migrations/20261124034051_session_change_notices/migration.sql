-- Every change that could revoke a session or alter who its user is, announced on commit to every app instance, which
-- then forgets the sessions it keeps in memory (app/utils/session-cache.server.ts, docs/decisions/010).
CREATE FUNCTION coact_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('coact_sessions_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER session_changed AFTER UPDATE OR DELETE OR TRUNCATE ON "session"
  FOR EACH STATEMENT EXECUTE FUNCTION coact_sessions_changed();
CREATE TRIGGER app_user_changed AFTER UPDATE OR DELETE OR TRUNCATE ON "app_user"
  FOR EACH STATEMENT EXECUTE FUNCTION coact_sessions_changed();
CREATE TRIGGER unit_membership_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit_membership"
  FOR EACH STATEMENT EXECUTE FUNCTION coact_sessions_changed();
CREATE TRIGGER association_membership_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "association_membership"
  FOR EACH STATEMENT EXECUTE FUNCTION coact_sessions_changed();
CREATE TRIGGER unit_county_changed AFTER UPDATE OF county_id ON "unit"
  FOR EACH STATEMENT EXECUTE FUNCTION coact_sessions_changed();
CREATE TRIGGER association_county_changed AFTER UPDATE OF county_id ON "association"
  FOR EACH STATEMENT EXECUTE FUNCTION coact_sessions_changed();
