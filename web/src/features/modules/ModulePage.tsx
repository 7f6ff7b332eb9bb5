import { EmptyModule } from '../../components/EmptyModule';
import type { WorkModule } from '../../components/navigation';

/** Route element for a work module still in preparation. */
export function ModulePage({ module }: { module: WorkModule }) {
  return <EmptyModule module={module} />;
}
