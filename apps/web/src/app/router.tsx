import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './app-layout';
import { PageLoader } from './page-state';
import { RequireSession } from './require-session';

/** Route-level code splitting: each page is its own chunk, the first load only carries the shell. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const LoginPage = page(() => import('../features/auth/login-page'), 'LoginPage');
const ForgotPasswordPage = page(() => import('../features/auth/forgot-password-page'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../features/auth/reset-password-page'), 'ResetPasswordPage');
const DevMailboxPage = page(() => import('../features/dev-mailbox/dev-mailbox-page'), 'DevMailboxPage');
const HomePage = page(() => import('../features/cooperatives/home-page'), 'HomePage');
const MembersPage = page(() => import('../features/members/members-page'), 'MembersPage');
const MemberPage = page(() => import('../features/members/member-page'), 'MemberPage');
const MyProfilePage = page(() => import('../features/members/my-profile-page'), 'MyProfilePage');
const RegisterImportPage = page(() => import('../features/register-import/register-import-page'), 'RegisterImportPage');
const RecommendationPage = page(() => import('../features/recommendations/recommendation-page'), 'RecommendationPage');
const CompareVersionsPage = page(() => import('../features/recommendations/compare-page'), 'CompareVersionsPage');
const NewRecommendationPage = page(() => import('../features/recommendations/recommendation-editor-page'), 'NewRecommendationPage');
const EditRecommendationPage = page(() => import('../features/recommendations/recommendation-editor-page'), 'EditRecommendationPage');
const BoardPage = page(() => import('../features/board/board-page'), 'BoardPage');
const EditionsPage = page(() => import('../features/editions/editions-page'), 'EditionsPage');
const EditionPage = page(() => import('../features/editions/edition-page'), 'EditionPage');
const GroupPage = page(() => import('../features/groups/group-page'), 'GroupPage');
const MeetingPage = page(() => import('../features/groups/meeting-page'), 'MeetingPage');
const SmallTalkPage = page(() => import('../features/side-channels/small-talk-page'), 'SmallTalkPage');
const WritingPage = page(() => import('../features/side-channels/writing-page'), 'WritingPage');
const AssembliesPage = page(() => import('../features/assemblies/assemblies-page'), 'AssembliesPage');
const AssemblyPage = page(() => import('../features/assemblies/assembly-page'), 'AssemblyPage');
const CheckInPage = page(() => import('../features/assemblies/check-in-page'), 'CheckInPage');
const PollPage = page(() => import('../features/voting/poll-page'), 'PollPage');
const ChairConsolePage = page(() => import('../features/voting/chair-console-page'), 'ChairConsolePage');
const ProjectorPage = page(() => import('../features/voting/projector-page'), 'ProjectorPage');
const ActionPlanPage = page(() => import('../features/action-plan/action-plan-page'), 'ActionPlanPage');
const ActionPage = page(() => import('../features/action-plan/action-page'), 'ActionPage');
const EthicsPage = page(() => import('../features/ethics/ethics-page'), 'EthicsPage');
const EthicsOpinionPage = page(() => import('../features/ethics/ethics-opinion-page'), 'EthicsOpinionPage');
const NewEthicsOpinionPage = page(() => import('../features/ethics/ethics-opinion-editor-page'), 'NewEthicsOpinionPage');
const EditEthicsOpinionPage = page(() => import('../features/ethics/ethics-opinion-editor-page'), 'EditEthicsOpinionPage');
const IndicatorsPage = page(() => import('../features/ethics/indicators-page'), 'IndicatorsPage');
const ReportPage = page(() => import('../features/reports/report-page'), 'ReportPage');
const TransparencyPage = page(() => import('../features/reports/transparency-page'), 'TransparencyPage');
const NotificationsPage = page(() => import('../features/notifications/notifications-page'), 'NotificationsPage');
const NotFoundPage = page(() => import('../features/not-found/not-found-page'), 'NotFoundPage');

function signedIn(Page: ComponentType) {
  return (
    <RequireSession>
      <Page />
    </RequireSession>
  );
}

/**
 * Declarative routes (BrowserRouter in main.tsx): the data-router APIs are not used, and leaving
 * them out keeps about 17 KB gzip off the first load.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/dev/mailbox" element={<DevMailboxPage />} />
        <Route path="/" element={signedIn(HomePage)} />
        <Route path="/members" element={signedIn(MembersPage)} />
        <Route path="/members/:id" element={signedIn(MemberPage)} />
        <Route path="/me" element={signedIn(MyProfilePage)} />
        <Route path="/admin/register-import" element={signedIn(RegisterImportPage)} />
        <Route path="/recommendations/:id" element={signedIn(RecommendationPage)} />
        <Route path="/recommendations/:id/compare" element={signedIn(CompareVersionsPage)} />
        <Route path="/recommendations/:id/edit" element={signedIn(EditRecommendationPage)} />
        <Route path="/groups/:groupId/recommendations/new" element={signedIn(NewRecommendationPage)} />
        <Route path="/board" element={signedIn(BoardPage)} />
        <Route path="/editions" element={signedIn(EditionsPage)} />
        <Route path="/editions/:id" element={signedIn(EditionPage)} />
        <Route path="/editions/:id/report" element={signedIn(ReportPage)} />
        <Route path="/groups/:id" element={signedIn(GroupPage)} />
        <Route path="/meetings/:id" element={signedIn(MeetingPage)} />
        <Route path="/small-talks/:id" element={signedIn(SmallTalkPage)} />
        <Route path="/writings/:id" element={signedIn(WritingPage)} />
        <Route path="/assemblies" element={signedIn(AssembliesPage)} />
        <Route path="/assemblies/:id" element={signedIn(AssemblyPage)} />
        <Route path="/assemblies/:id/check-in" element={signedIn(CheckInPage)} />
        <Route path="/polls/:id" element={signedIn(PollPage)} />
        <Route path="/assemblies/:id/console" element={signedIn(ChairConsolePage)} />
        <Route path="/action-plan" element={signedIn(ActionPlanPage)} />
        <Route path="/actions/:id" element={signedIn(ActionPage)} />
        <Route path="/ethics" element={signedIn(EthicsPage)} />
        <Route path="/ethics/opinions/new" element={signedIn(NewEthicsOpinionPage)} />
        <Route path="/ethics/opinions/:id" element={signedIn(EthicsOpinionPage)} />
        <Route path="/ethics/opinions/:id/edit" element={signedIn(EditEthicsOpinionPage)} />
        <Route path="/ethics/indicators" element={signedIn(IndicatorsPage)} />
        <Route path="/transparency" element={signedIn(TransparencyPage)} />
        <Route path="/notifications" element={signedIn(NotificationsPage)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The projector fills the screen in the room: no navigation around it. */}
      <Route
        path="/assemblies/:id/projector"
        element={<Suspense fallback={<PageLoader />}>{signedIn(ProjectorPage)}</Suspense>}
      />
    </Routes>
  );
}
