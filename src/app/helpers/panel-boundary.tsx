import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the panel is, for the message: "The map". */
  name: string;
  children: ReactNode;
}

/** One broken event or panel must not blank the page: the rest keeps working. */
export class PanelBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        <p>{this.props.name} could not be shown.</p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
