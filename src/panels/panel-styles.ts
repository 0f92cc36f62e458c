/**
 * The panels' stylesheets, in one place: loaded with the shell (not with a
 * lazy panel's chunk), so a tab never paints unstyled while its code loads.
 */
import './panels.css';
import './code.css';
import './problems.css';
import './forecast.css';
