import type React from 'react';
import { api } from './api';
import { recoveryOwner, takeOverRecovery } from './state/window-owner';
import './layout.css';
import { AlignBar } from './panels/align-bar';
import { ExportDialog } from './panels/export-dialog';
import { GlossaryPanel } from './panels/glossary/glossary-panel';
import { GlossaryFolder } from './panels/glossary/glossary-folder';
import { setGlossaryFolder } from './state/glossary-folder-setting';
import { SettingsDialog } from './panels/settings-dialog';
import { Header } from './panels/header';
import { NewProjectDialog } from './panels/new-project';
import { HelpOverlay, Prompt, SearchBar, Toasts } from './panels/overlays';
import { ProblemsPanel } from './panels/problems';
import { QaSettingsDialog } from './panels/qa-settings';
import { SaveChangesDialog } from './panels/save-changes';
import { WrongDocumentBanner, WrongDocumentDialog } from './panels/wrong-document';
import { StatusBar } from './panels/status-bar';
import { Grid } from './grid/grid';
import { setCheckEnabled } from './state/check-settings';
import { exportAs } from './workbench/export-as';
import { useWorkbench } from './workbench/use-workbench';
import { formatDateTime } from './util/clock';

/**
 * The workbench's layout: header, alignment bar, aligned grid, problems panel, status bar and the
 * dialogs. State and behaviour live in workbench/ (one hook per job, composed by useWorkbench).
 */
export function App(): React.JSX.Element {
  const wb = useWorkbench();
  const { session, project, webMode, nav, visible, files, recovery, setRecovery, search, setSearch, matches, overlay, setOverlay, busy, findings } = wb;
  const { rows, available } = wb.views;
  const { cursor, cursorRow, selection } = nav;
  const position = cursor && cursorRow >= 0 ? `row ${cursorRow + 1} · ¶ ${(rows[cursorRow]?.para ?? 0) + 1} · ${cursor.lang}` : 'no selection';
  const t = nav.opTarget();

  return (
    <div className="app">
      <Header
        name={project?.name ?? 'Duizhao'}
        dirty={session.dirty}
        path={session.path}
        busy={busy}
        percent={wb.newProject.progress?.percent ?? null}
        visible={visible}
        available={available}
        run={wb.run}
        recent={files.recent}
        openRecent={(path) => void files.openPath(path)}
        loadRecent={files.loadRecent}
        undoLabel={session.undoLabel}
        redoLabel={session.redoLabel}
      />
      <AlignBar
        run={wb.run}
        target={t}
        busy={busy !== null}
        busyLabel={busy}
        cancel={wb.newProject.cancel}
        selection={selection ? selectionLabel(selection) : null}
      />
      {recovery && (
        <div className="banner" role="alert">
          Unsaved work from {formatDateTime(new Date(recovery.savedAt))} was recovered{recovery.path ? ` (${recovery.path})` : ''}.
          <button type="button" className="tool" onClick={() => { files.openProject(recovery.project, recovery.path, { dirty: true, ...(recovery.history ? { history: recovery.history } : {}) }); takeOverRecovery(recovery.owner); setRecovery(null); }}>Restore it</button>
          <button type="button" className="tool" onClick={() => { void api()['project:discardRecovery']({ owner: recovery.owner ?? recoveryOwner() }); setRecovery(null); void files.openSample(); }}>Discard</button>
        </div>
      )}
      {wb.judgement.warning && project && <WrongDocumentBanner questions={wb.judgement.warning} dismiss={wb.judgement.dismiss} />}
      {search.open && (
        <SearchBar
          query={search.query}
          setQuery={(query) => setSearch((s) => ({ ...s, open: true, query, index: 0 }))}
          count={matches.length}
          current={search.index}
          next={(step) => setSearch((s) => ({ ...s, index: matches.length ? (s.index + step + matches.length) % matches.length : 0 }))}
          close={wb.closeSearch}
          replace={{
            regex: search.regex ?? false,
            matchCase: search.matchCase ?? false,
            setOption: (option, on) => setSearch((s) => ({ ...s, [option]: on, index: 0 })),
            replacement: search.replace ?? '',
            setReplacement: (text) => setSearch((s) => ({ ...s, replace: text })),
            replaceCurrent: wb.replace.replaceCurrent,
            replaceAll: wb.replace.replaceAll,
            problem: wb.replace.problem,
          }}
        />
      )}
      <div className="workspace-row">
      <main className="workspace">
        {project ? (
          <Grid
            rows={rows}
            ctx={wb.ctx}
            active={cursor && cursorRow >= 0 ? { row: cursorRow, lang: cursor.lang, sentenceId: cursor.sentenceId, byNumber: cursor.byNumber === true } : null}
            selection={selection ? { from: Math.min(selection.anchor, selection.to), to: Math.max(selection.anchor, selection.to) } : null}
            problemsByRow={findings.problemsByRow}
            scrollTo={nav.scrollTo}
            columnStats={wb.columnStats}
            wholeRows={wb.wholeRows}
          />
        ) : (
          <div className="empty-state">{busy ?? (recovery ? 'Restore the recovered work, or discard it, above.' : 'Opening…')}</div>
        )}
        <Toasts toasts={wb.toasts} />
        {wb.problemsOpen && project && (
          <ProblemsPanel problems={findings.placed} current={wb.currentProblem} go={wb.goToProblem} close={() => wb.setProblemsOpen(false)} stale={findings.stale} runsDrawn={findings.runsDrawn} layout={wb.problemsLayout} resolve={wb.resolve} />
        )}
      </main>
      {wb.glossaryPanel.open && project && (
        <GlossaryPanel
          g={wb.glossaryPanel}
          total={wb.glossary.concepts}
          files={wb.glossary.sources.length}
          folder={<GlossaryFolder glossary={wb.glossary} toastError={wb.toastError} setFolder={(f) => wb.edit(f ? `team glossary folder ${f}` : 'built-in glossary folder', (q) => setGlossaryFolder(q, f))} />}
        />
      )}
      </div>
      <StatusBar
        summary={wb.summary}
        position={position}
        lastSaved={session.lastSaved}
        lastAutosave={session.lastAutosave}
        webMode={webMode}
      />
      {overlay === 'help' && <HelpOverlay close={() => setOverlay(null)} />}
      {overlay === 'new' && <NewProjectDialog webMode={webMode} initial={wb.newProject.retry} create={(input) => { setOverlay(null); wb.newProject.clearRetry(); void wb.newProject.create(input); }} close={() => { setOverlay(null); wb.newProject.clearRetry(); }} />}
      {wb.newProject.question && <WrongDocumentDialog questions={wb.newProject.question} answer={wb.newProject.answer} />}
      {overlay === 'checks' && project && (
        <QaSettingsDialog
          disabled={project.settings.disabledChecks}
          counts={findings.counts}
          setEnabled={(id, on) => wb.edit(`${on ? 'switch on' : 'switch off'} ${id}`, (q) => setCheckEnabled(q, id, on))}
          close={() => setOverlay(null)}
        />
      )}
      {overlay === 'export' && project && <ExportDialog project={project} preset={wb.exportPreset} run={(f, options) => void exportAs(f, options, { session, setBusy: wb.setBusy, toast: wb.toast, toastError: wb.toastError })} close={() => setOverlay(null)} />}
      {overlay === 'goto' && <Prompt label={`Go to paragraph (1–${wb.lastParagraph})`} onSubmit={wb.gotoParagraph} close={() => setOverlay(null)} />}
      {wb.replaceGuard.pending && <SaveChangesDialog name={project?.name ?? 'Untitled'} what={wb.replaceGuard.pending} answer={wb.replaceGuard.answer} />}
      {overlay === 'settings' && <SettingsDialog close={() => setOverlay(null)} />}
    </div>
  );
}

/** "row 5 selected" for one row (not "rows 5–5 selected"), "rows 5–7 selected" for a range. */
function selectionLabel({ anchor, to }: { anchor: number; to: number }): string {
  const [from, last] = [Math.min(anchor, to) + 1, Math.max(anchor, to) + 1];
  return from === last ? `row ${from} selected` : `rows ${from}–${last} selected`;
}
