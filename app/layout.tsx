import type { ReactNode } from 'react';
import './globals.css';

type Props = { children: ReactNode };

// `<html>` is rendered by app/[locale]/layout.tsx, which knows lang and dir.
export default function RootLayout({ children }: Props) {
  return children;
}
