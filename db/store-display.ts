import { isPostgresUrl } from './engine/location';

/** A store location fit for messages: a postgres:// URL loses its password (a file path is shown as given). */
export function displayLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location.trim());
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
  }
}
