import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';

/** The signed-in application shell: navy header, left navigation, scrolling content. */
export function AppFrame() {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
      className="nr-shell"
    >
      <AppShell.Header className="nr-shell-header">
        <AppHeader navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar className="nr-shell-navbar">
        <AppNavbar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main className="nr-shell-main">
        <div className="nr-content">
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
