/**
 * "Show library health report": the HTML of `macrolint/report` (the same as `macrolint report --format
 * html`) in a webview that runs no script and loads nothing from the network.
 */
import * as vscode from 'vscode';

/** The Content-Security-Policy of the report: inline styles and data: images only, no script, no fetch. */
export const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'";

/** The report's HTML with the policy as the first element of its head (added before any other content). */
export function withCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (m) => `${m}${meta}`);
  if (/<html[^>]*>/i.test(html)) return html.replace(/<html[^>]*>/i, (m) => `${m}<head>${meta}</head>`);
  return `<!DOCTYPE html><html><head>${meta}</head><body>${html}</body></html>`;
}

let panel: vscode.WebviewPanel | undefined;

/** Opens (or updates) the report panel with `html`; returns the panel. */
export function showReport(html: string): vscode.WebviewPanel {
  if (!panel) {
    panel = vscode.window.createWebviewPanel('macrolint.report', vscode.l10n.t('Macro library health'), vscode.ViewColumn.Active, {
      enableScripts: false,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => (panel = undefined));
  } else {
    panel.reveal();
  }
  panel.webview.html = withCsp(html);
  return panel;
}
