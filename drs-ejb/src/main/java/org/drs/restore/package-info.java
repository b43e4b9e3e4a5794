/**
 * Restores: the wizard's choices, the checks made before anything changes, and the plan of the
 * restore job (one stage step per component, then the swap).
 */
package org.drs.restore;
