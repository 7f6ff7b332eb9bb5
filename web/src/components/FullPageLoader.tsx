import { Center, Loader } from '@mantine/core';

/** Centred spinner shown while the session is being checked. */
export function FullPageLoader() {
  return (
    <Center h="100vh" data-testid="page-loading">
      <Loader size="md" color="navy" />
    </Center>
  );
}
