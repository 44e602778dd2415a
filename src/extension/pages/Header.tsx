/** The extension's icon and name, atop the popup, the options page and the welcome page. */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

export function Header({ children, level = 1 }: { children?: ComponentChildren; level?: 1 | 2 }) {
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <header class="app-header">
      <img src="/assets/icons/icon-32.png" width={24} height={24} alt="" />
      <Title class="app-name">{t('extName')}</Title>
      {children}
    </header>
  );
}
