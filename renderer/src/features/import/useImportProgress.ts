import { useEffect } from 'react';
import { getApi } from '../../lib/api';
import { useImportStore } from './importStore';

/** Forwards main's import:progress events to the import screen while it is shown. */
export function useImportProgress(): void {
  const onProgress = useImportStore((s) => s.onProgress);
  useEffect(() => getApi().on('import:progress', onProgress), [onProgress]);
}
